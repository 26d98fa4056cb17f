/**
 * Page chrome captured with a report: view counters, print/share/comment
 * widgets, site footers, visit counters. It is not the report, so it must not
 * yield entities (a footer's "Chịu trách nhiệm nội dung: … - Giám đốc" names
 * an official who has nothing to do with the story).
 */

/** Pieces of a line that are chrome wherever they appear (kept text around them survives). */
export const INLINE_CHROME: readonly RegExp[] = [
  /(?<![\p{L}\p{N}])(?:Lượt xem|Lượt đọc|Số lượt xem|Lượt truy cập)\s*:?\s*[\d.,]+/giu,
  /(?<![\p{L}])In bài viết(?![\p{L}])/giu,
  /(?<![\p{L}\p{N}])(?:In bài|Bản in|Gửi email|Gửi bài viết|Chia sẻ|Tweet|Share|Lưu bài|Cỡ chữ|Phóng to|Thu nhỏ)(?![\p{L}])(?=\s*$|\s+(?:In|Gửi|Chia|Tweet|Share|Lưu|Bản)(?![\p{L}]))/gu,
  /(?<![\p{L}])ĐÁNH GIÁ BÀI VIẾT\s*\(\s*\d+\s*\)/gu,
  /(?<![\p{L}\p{N}])(?:Lượt thích|Thích)\s*:?\s*\d+(?![\p{N}])/gu,
];

/** A whole line that is chrome. */
export const CHROME_LINE: readonly RegExp[] = [
  /^(?:Bình luận|Gửi bình luận|Ý kiến bạn đọc|Ý kiến của bạn|Viết bình luận)(?:\s*\(\d+\))?\s*:?$/iu,
  /^(?:Tin khác|Các tin khác|Các tin đã đưa|Tin đã đưa|Tin liên quan|Tin, bài liên quan|Tin cùng chuyên mục|Bài viết liên quan|Bài viết cùng chuyên mục|Bài cùng chuyên mục|Các bài khác|Bài khác|Bài liên quan|Xem thêm|Tin mới|Tin mới hơn|Tin cũ hơn|Các tin mới hơn|Các tin cũ hơn|Tin đọc nhiều|Đọc nhiều nhất|Gửi ý kiến)\s*:?$/iu,
  /^(?:Chia sẻ|Share|Tweet|In|In bài|Gửi email|Quay lại|Trở về|Về đầu trang|Lên đầu trang|Facebook|Zalo|Twitter)(?:\s*[|/]\s*\S+)*\s*$/iu,
  /^(?:Đang truy cập|Đang online|Hôm nay|Hôm qua|Tuần này|Tháng này|Tổng truy cập|Tổng lượt truy cập|Lượt truy cập|Trực tuyến)\s*:?\s*[\d.,]+\s*$/iu,
  /^(?:Thống kê truy cập|Liên kết website|Liên kết web|Thăm dò ý kiến)\s*:?$/iu,
  /^(?:Từ khóa|Tags?)\s*:/iu,
  // Breadcrumbs and section labels: "Trang chủ > Tin tức", "Tin tổng hợp".
  /^(?:Trang chủ|Home)(?:\s*[>»/|›]\s*[^>»/|›]{1,40})*$/iu,
  /^[^\n]{1,40}(?:\s*[>»›]\s*[^\n>»›]{1,40})+$/u,
  // A menu bar: "Thời sự | Chính trị | Kinh tế | Xã hội".
  /^[^\d|\n]{1,30}(?:\s\|\s[^\d|\n]{1,30}){2,}$/u,
  /^(?:Lượt xem|Lượt đọc)\s*:?\s*[\d.,]+$/iu,
];

/**
 * A line from which the rest of the page is footer (counters, imprint,
 * address). Only honoured in the last part of a page, since menus at the top
 * can carry the same words.
 */
export const FOOTER_START: readonly RegExp[] = [
  /^(?:Thống kê truy cập|Xem thêm|Đọc thêm|Có thể bạn quan tâm|Bài viết khác|Các bài viết khác|Tin bài khác|Tin khác|Các tin khác|Các tin đã đưa|Tin đã đưa|Tin liên quan|Tin, bài liên quan|Tin cùng chuyên mục|Bài viết liên quan|Bài viết cùng chuyên mục|Bài cùng chuyên mục|Các bài khác|Bài khác|Bài liên quan|Tin mới hơn|Tin cũ hơn|Các tin mới hơn|Các tin cũ hơn|Bình luận|Gửi bình luận|Ý kiến bạn đọc)(?:\s*\(\d+\))?\s*:?$/iu,
  // "Các bài viết khác: A (05/8/2014); B …": a related-stories line with its items on it.
  /^(?:Các\s+)?(?:bài viết|bài|tin|tin bài)\s+(?:khác|liên quan|cùng chuyên mục|mới hơn|cũ hơn)\s*:\s*\S/iu,
  /^(?:Chịu trách nhiệm (?:nội dung|chính|xuất bản)|Bản quyền(?: thuộc|\s*©)|Copyright|©|Giấy phép (?:số|xuất bản|thiết lập))/iu,
  /^(?:Đang truy cập|Tổng truy cập)\s*:?\s*[\d.,]+/iu,
  /^(?:TRANG THÔNG TIN ĐIỆN TỬ|CỔNG THÔNG TIN ĐIỆN TỬ|BÁO ĐIỆN TỬ)\b/u,
  // An imprint line: "Báo X - Cơ quan của Đảng bộ … Chịu trách nhiệm xuất bản: …".
  /(?:Chịu trách nhiệm (?:nội dung|chính|xuất bản)\s*:|Cơ quan chủ quản\s*:|Cơ quan của Đảng bộ)/u,
];

/** Lines that belong to a footer once one has started (contacts, imprint). */
export const FOOTER_LINE: readonly RegExp[] = [/^(?:Địa chỉ|Điện thoại|Fax|Email|E-mail|Website|ĐT|Tel)\s*:/iu];
