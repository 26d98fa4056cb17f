import { provinceByName } from "../../domain/gazetteer/provinces.js";

/**
 * What a personal name looks like in this genre: two to five capitalised
 * syllables ("Lê Văn Quý", "Giàng A Páo", "Y Ngông Niê Kdăm", "TRANG VÂN"), or one
 * with an apostrophe ("K'Bình").
 * Whether a capitalised run is a person is decided by its context (mentions/persons.ts).
 */
export const NAME_RUN = /(?<![\p{L}\p{N}'’&])(?:\p{Lu}[\p{L}'’]*(?:[ ]\p{Lu}[\p{L}'’]*){1,6}|\p{Lu}['’]\p{Lu}\p{Ll}+)(?![\p{L}\p{N}&])/gu;

/** A one-word name of the Central Highlands ("K'Bình", "K'Mai"): a single syllable is enough. */
const APOSTROPHE_NAME = /^\p{Lu}['’]\p{Lu}\p{Ll}+$/u;

/** Capitalised words that begin or end a run but are never part of a Vietnamese personal name. */
const NOT_NAME_WORDS = new Set(
  (
    "sở bộ ban ủy hội đài báo cổng trung ty tập tổng cục vụ viện phòng chi nhánh viettel vnpt fpt mobifone vinaphone " +
    "tỉnh huyện quận xã phường phủ đảng nhà nước " +
    "phó chủ giám bí thủ trưởng chánh đồng chí ông bà đại biểu " +
    "nghị thảo lễ huấn chương trình đề án dự kế hoạch quy chỉ luật " +
    "ngày tháng năm sáng chiều tối trưa thứ tại trong theo với các những của và để cho từ đến sau trước khi " +
    "tin truyền viễn bưu điện tử cntt ubnd hđnd tw tu " +
    "tham phát biểu kết luận về đối tiếp tăng đẩy thực triển xây cũng qua đây đó này là có được đã đang sẽ " +
    "trao tặng cờ khen giấy " +
    "ts ths pgs gs ks bs ncs tp tx"
  ).split(" "),
);

/** Words that start a title or a body: a run that reaches one has left the name. */
const STOP_WORDS = new Set(
  "phó chủ giám tổng bí thủ trưởng sở bộ ban ủy đài báo cổng tỉnh huyện ubnd hđnd cục vụ viện ông bà ngày".split(" "),
);

/**
 * Also given names ("Nguyễn Văn Chánh", "Lê Văn Hội"): they end a name only
 * when more capitalised words follow ("… Chánh Văn phòng", "… Hội Nông dân").
 * "Chí" and "Đồng" are never stops: "đồng chí" is written in lower case after
 * its first letter, so it never joins a run, and "Vũ Chí Giang" is a name.
 */
const STOP_WORDS_UNLESS_LAST = new Set(["chánh", "hội", "tháng"]);

export function isNameWord(word: string): boolean {
  return !NOT_NAME_WORDS.has(word.toLowerCase());
}

/** Trims a capitalised run to the part that can be a name; null if fewer than two syllables remain. */
export function trimNameRun(run: string, start: number): { name: string; start: number; end: number } | null {
  const words = run.split(" ");
  let offset = start;
  while (words.length > 0 && !isNameWord(words[0] as string)) {
    const dropped = words.shift() as string;
    offset += dropped.length + 1;
    // "Tập Đoàn …" is a group's name; "Đoàn" alone is a surname ("Đoàn Minh Khuê").
    if (dropped.toLowerCase() === "tập" && words[0]?.toLowerCase() === "đoàn") offset += (words.shift() as string).length + 1;
  }
  // Stop at the first non-name word (the run continues into "Phó Chủ tịch …").
  const kept: string[] = [];
  for (const [i, w] of words.entries()) {
    const lw = w.toLowerCase();
    if (STOP_WORDS.has(lw)) break;
    if (STOP_WORDS_UNLESS_LAST.has(lw) && i < words.length - 1) break;
    // "Trung", "Tâm", "Năm" are given names ("Lê Văn Tâm"); "Trung tâm …", "Năm 2020" are not.
    if (lw === "trung" && words[i + 1]?.toLowerCase() === "tâm") break;
    kept.push(w);
  }
  if (kept.length < 2 && !(kept.length === 1 && APOSTROPHE_NAME.test(kept[0] as string))) return null;
  const name = kept.join(" ");
  if (provinceByName(name) || name === "Việt Nam") return null;
  // "Thái Nguyên Năm 2018": a place name followed by a capitalised word is not a person.
  if (provinceByName(kept.slice(0, 2).join(" ")) || provinceByName(kept.slice(0, 3).join(" "))) return null;
  return { name, start: offset, end: offset + name.length };
}

/** "TRANG VÂN" → "Trang Vân"; mixed-case names are kept as written. */
export function displayName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .split(" ")
    .map((w) => (w.length > 0 ? (w[0] as string) + w.slice(1).toLowerCase() : w))
    .join(" ");
}

/** Family names common enough that a capitalised run opening with one is a person, not part of a body's or place's name. */
const SURNAMES = new Set(
  (
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý tạ đinh lương trịnh mai cao hà lâm tô đào đoàn " +
    "vương trương chu lò lù giàng hứa kiều quách lại lưu triệu nông cù vi thân lục tống khổng mạc phùng âu điểu ksor rơ siu " +
    "nay đàm ninh sầm bế hầu sùng vàng thào lầu mùa tráng chảo bàn tẩn chamaléa katơr kpă"
  ).split(" "),
);

/**
 * A person's name starts at `offset`: a family name and at least two more
 * capitalised syllables ("Tạ Quang Vinh", "Mai Thị Kiều Oanh"). Two-syllable
 * runs stay places ("Mai Sơn").
 */
export function personNameAt(text: string, offset: number): boolean {
  const run = /^\p{Lu}[\p{L}'’]*(?: \p{Lu}[\p{L}'’]*){2,4}(?![\p{L}])/u.exec(text.slice(offset, offset + 50));
  if (!run) return false;
  const first = run[0].split(" ")[0] as string;
  return SURNAMES.has(first.toLowerCase()) && !provinceByName(run[0].split(" ").slice(0, 2).join(" "));
}
