import type { Span } from "../../domain/model.js";
import type { TextIndex } from "../text-index.js";

/**
 * Who took part in an event and how strongly: CHAIRED ("chủ trì") >
 * DIRECTED ("dự và chỉ đạo", "phát biểu chỉ đạo", "chỉ đạo hội nghị") >
 * ATTENDED ("dự", "tham dự", and anyone shown speaking, presenting, giving or
 * receiving awards).
 */
export type Role = "CHAIRED" | "DIRECTED" | "ATTENDED";

export const ROLE_RANK: Readonly<Record<Role, number>> = { CHAIRED: 3, DIRECTED: 2, ATTENDED: 1 };

export interface Trigger extends Span {
  role: Role;
  /** Weak triggers (speaking, awards) count only in a sentence about the event or in a caption. */
  weak: boolean;
}

const TRIGGERS: ReadonlyArray<[RegExp, Role, boolean]> = [
  [/(?<![\p{L}])(?:đồng )?chủ trì(?![\p{L}])/gu, "CHAIRED", false],
  [
    /(?<![\p{L}])(?:(?:tới |đến |về )?dự(?:,| và) chỉ đạo|phát biểu chỉ đạo|chỉ đạo (?:hội nghị|hội thảo|buổi|cuộc|lễ|tại)|dự và phát biểu chỉ đạo)(?![\p{L}])/gu,
    "DIRECTED",
    false,
  ],
  [
    /(?<![\p{L}])(?:tham dự|(?:tới |đến |về )?dự(?! án| kiến| báo| thảo| toán| ước| trữ| thi| định| phòng| bị| tính| đoán| khuyết| luật))(?![\p{L}])/gu,
    "ATTENDED",
    false,
  ],
  [
    /(?<![\p{L}])(?:tham gia|phát biểu|kết luận|trình bày|báo cáo tham luận|báo cáo tại|trao tặng|trao|tặng|nhận|công bố|chúc mừng|có buổi làm việc|làm việc với)(?![\p{L}])/gu,
    "ATTENDED",
    true,
  ],
  [/(?<![\p{L}])(?:tiếp và làm việc|cùng dự|cùng tham dự)(?![\p{L}])/gu, "ATTENDED", false],
];

export function findTriggers(index: TextIndex, sentence: Span): Trigger[] {
  const slice = index.lower.slice(sentence.start, sentence.end);
  const found: Trigger[] = [];
  for (const [re, role, weak] of TRIGGERS)
    for (const m of slice.matchAll(re)) {
      const start = sentence.start + (m.index ?? 0);
      const t = { start, end: start + m[0].length, role, weak };
      // A longer trigger ("dự và chỉ đạo") hides the shorter ones inside it ("dự", "chỉ đạo").
      if (found.some((f) => f.start <= t.start && t.end <= f.end)) continue;
      found.push(t);
    }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The trigger that governs a participant at `at`: the first after it in the
 * sentence ("A, Phó Chủ tịch UBND tỉnh dự và chỉ đạo"), else the last before
 * it ("Dự hội nghị có đồng chí A").
 */
export function governingTrigger(triggers: Trigger[], at: Span, eventSentence: boolean, caption: boolean): Trigger | undefined {
  const usable = triggers.filter((t) => !t.weak || eventSentence || caption);
  const after = usable.find((t) => t.start >= at.end);
  const before = [...usable].reverse().find((t) => t.end <= at.start);
  if (after && before)
    return ROLE_RANK[after.role] >= ROLE_RANK[before.role] || after.start - at.end < at.start - before.end ? after : before;
  return after ?? before;
}
