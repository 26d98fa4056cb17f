/**
 * "kỷ niệm 93 năm Ngày Báo chí cách mạng Việt Nam": an anniversary names the
 * year it is held in (1925 + 93 = 2018). Used only when the page gives no
 * date, so that "Chiều 14-6" still gets its year.
 */
const FOUNDED: ReadonlyArray<[RegExp, number]> = [
  [/^ngày báo chí cách mạng việt nam/u, 1925],
  [/^ngày truyền thống (?:của )?ngành bưu điện/u, 1945],
  [/^ngày (?:thành lập|truyền thống) (?:của )?ngành thông tin và truyền thông/u, 1945],
  [/^ngày thành lập đảng cộng sản việt nam/u, 1930],
  [/^ngày quốc khánh/u, 1945],
];

const ANNIVERSARY = /(?<![\p{L}])kỷ niệm (\d{1,3}) năm (ngày [^.;()]{5,80})/gu;

export function anniversaryYear(lower: string): number | null {
  for (const m of lower.matchAll(ANNIVERSARY)) {
    const founded = FOUNDED.find(([re]) => re.test(m[2] as string));
    if (founded) return founded[1] + Number(m[1]);
  }
  return null;
}
