import { createHash } from "node:crypto";
import { entityId, eventId } from "../../../src/domain/ids.js";
import type { Entity, Extraction, Relation } from "../../../src/domain/model.js";
import { FORMAT_ID } from "../../../src/domain/model.js";
import { TextBuilder } from "../../bench/synthetic.js";

/**
 * Small extraction documents written for the tests (invented officials, our own
 * sentences), so that loader behaviour is tested without the report texts.
 * Report A and report B share an official (Trần Thị Mai Hương), her department
 * and its LOCATED_IN; A alone names the Phó Chủ tịch who directed its conference.
 */
export interface Fixture {
  extraction: Extraction;
  text: string;
  file: string;
}

export const IDS = {
  longAn: entityId("Province", "Long An"),
  anGiang: entityId("Province", "An Giang"),
  dept: entityId("Organization", "Sở Thông tin và Truyền thông tỉnh Long An"),
  deptAnGiang: entityId("Organization", "Sở Thông tin và Truyền thông tỉnh An Giang"),
  committee: entityId("Organization", "Ủy ban nhân dân tỉnh Long An"),
  huong: entityId("Person", "Trần Thị Mai Hương"),
  khoa: entityId("Person", "Võ Đình Khoa"),
  quyet: entityId("Person", "Lê Văn Quyết"),
  reportA: "report:kiem-thu-hoi-nghi-long-an",
  reportB: "report:kiem-thu-hoi-thao-long-an",
  reportC: "report:kiem-thu-hop-bao-an-giang",
} as const;

function finish(id: string, date: string, b: TextBuilder, entities: Entity[], relations: Relation[]): Fixture {
  const text = b.text;
  const extraction: Extraction = {
    format: FORMAT_ID,
    report: {
      id,
      title: `Bản tin kiểm thử ${id}`,
      publishedOn: date,
      publisher: "Bản tin kiểm thử",
      author: null,
      province: IDS.longAn,
      source: `${id.slice("report:".length)}.txt`,
      sha256: createHash("sha256").update(text, "utf8").digest("hex"),
    },
    entities: entities.map((e) => ({ ...e, mentions: b.mentions.get(e.id) ?? [] })),
    relations,
  };
  return { extraction, text, file: `${id.slice("report:".length)}.json` };
}

const m = [] as never[];

/** Report A; `corrected` drops the Phó Chủ tịch, the People's Committee and A's LOCATED_IN of the department. */
export function reportA(corrected = false): Fixture {
  const date = "2021-03-12";
  const conference = eventId("Conference", "Hội nghị triển khai nhiệm vụ năm 2021", IDS.longAn, date);
  const b = new TextBuilder();
  const opening = b
    .plain("Ngày 12/3/2021, ")
    .mention(IDS.dept, "Sở Thông tin và Truyền thông tỉnh Long An")
    .plain(" tổ chức ")
    .mention(conference, "hội nghị triển khai nhiệm vụ năm 2021")
    .plain(" tại tỉnh ")
    .mention(IDS.longAn, "Long An")
    .plain(".")
    .end();
  const chaired = b
    .plain("Đồng chí ")
    .mention(IDS.huong, "Trần Thị Mai Hương")
    .plain(", Giám đốc ")
    .mention(IDS.dept, "Sở")
    .plain(", chủ trì hội nghị.")
    .end();
  const directed = b
    .plain("Đồng chí ")
    .mention(IDS.khoa, "Võ Đình Khoa")
    .plain(", Phó Chủ tịch ")
    .mention(IDS.committee, "UBND tỉnh Long An")
    .plain(", dự và chỉ đạo hội nghị.")
    .end();
  const entities: Entity[] = [
    { id: IDS.longAn, type: "Province", name: "Long An", aliases: [], code: "80", mentions: m },
    {
      id: IDS.dept,
      type: "Organization",
      name: "Sở Thông tin và Truyền thông tỉnh Long An",
      aliases: corrected ? [] : ["Sở"],
      kind: "DEPARTMENT",
      province: IDS.longAn,
      mentions: m,
    },
    { id: IDS.huong, type: "Person", name: "Trần Thị Mai Hương", aliases: [], mentions: m },
    {
      id: conference,
      type: "Conference",
      name: "Hội nghị triển khai nhiệm vụ năm 2021",
      aliases: [],
      date,
      year: 2021,
      province: IDS.longAn,
      mentions: m,
    },
  ];
  const relations: Relation[] = [
    { type: "ORGANIZED", from: IDS.dept, to: conference, evidence: [opening] },
    { type: "HELD_IN", from: conference, to: IDS.longAn, evidence: [opening] },
    { type: "CHAIRED", from: IDS.huong, to: conference, evidence: [chaired] },
    { type: "HOLDS_POSITION", from: IDS.huong, to: IDS.dept, evidence: [chaired], title: "Giám đốc", asOf: date },
  ];
  if (!corrected) {
    entities.push(
      {
        id: IDS.committee,
        type: "Organization",
        name: "Ủy ban nhân dân tỉnh Long An",
        aliases: ["UBND tỉnh Long An"],
        kind: "PEOPLES_COMMITTEE",
        province: IDS.longAn,
        mentions: m,
      },
      { id: IDS.khoa, type: "Person", name: "Võ Đình Khoa", aliases: [], mentions: m },
    );
    relations.push(
      { type: "LOCATED_IN", from: IDS.dept, to: IDS.longAn, evidence: [opening] },
      { type: "LOCATED_IN", from: IDS.committee, to: IDS.longAn, evidence: [directed] },
      { type: "DIRECTED", from: IDS.khoa, to: conference, evidence: [directed] },
      { type: "HOLDS_POSITION", from: IDS.khoa, to: IDS.committee, evidence: [directed], title: "Phó Chủ tịch", asOf: date },
    );
  }
  return finish(IDS.reportA, date, b, entities, relations);
}

/** Report B: the same official and department at a later event; An Giang's department and an official named Lê Văn Quyết attend. */
export function reportB(): Fixture {
  const date = "2021-09-20";
  const conference = eventId("Conference", "Hội thảo chuyển đổi số", IDS.longAn, date);
  const b = new TextBuilder();
  const opening = b
    .plain("Chiều 20/9/2021, ")
    .mention(IDS.dept, "Sở Thông tin và Truyền thông tỉnh Long An")
    .plain(" tổ chức ")
    .mention(conference, "hội thảo chuyển đổi số")
    .plain(" tại tỉnh ")
    .mention(IDS.longAn, "Long An")
    .plain(".")
    .end();
  const spoke = b.plain("Bà ").mention(IDS.huong, "Trần Thị Mai Hương").plain(", Giám đốc Sở, phát biểu khai mạc hội thảo.").end();
  const guests = b
    .plain("Ông ")
    .mention(IDS.quyet, "Lê Văn Quyết")
    .plain(" cùng đại diện ")
    .mention(IDS.deptAnGiang, "Sở Thông tin và Truyền thông tỉnh An Giang")
    .plain(" (")
    .mention(IDS.anGiang, "An Giang")
    .plain(") tham dự.")
    .end();
  const entities: Entity[] = [
    { id: IDS.longAn, type: "Province", name: "Long An", aliases: [], code: "80", mentions: m },
    { id: IDS.anGiang, type: "Province", name: "An Giang", aliases: [], code: "89", mentions: m },
    {
      id: IDS.dept,
      type: "Organization",
      name: "Sở Thông tin và Truyền thông tỉnh Long An",
      aliases: ["Sở TT&TT Long An"],
      kind: "DEPARTMENT",
      province: IDS.longAn,
      mentions: m,
    },
    {
      id: IDS.deptAnGiang,
      type: "Organization",
      name: "Sở Thông tin và Truyền thông tỉnh An Giang",
      aliases: [],
      kind: "DEPARTMENT",
      province: IDS.anGiang,
      mentions: m,
    },
    { id: IDS.huong, type: "Person", name: "Trần Thị Mai Hương", aliases: [], mentions: m },
    { id: IDS.quyet, type: "Person", name: "Lê Văn Quyết", aliases: [], mentions: m },
    {
      id: conference,
      type: "Conference",
      name: "Hội thảo chuyển đổi số",
      aliases: [],
      date,
      year: 2021,
      province: IDS.longAn,
      mentions: m,
    },
  ];
  const relations: Relation[] = [
    { type: "ORGANIZED", from: IDS.dept, to: conference, evidence: [opening] },
    { type: "HELD_IN", from: conference, to: IDS.longAn, evidence: [opening] },
    { type: "LOCATED_IN", from: IDS.dept, to: IDS.longAn, evidence: [opening] },
    { type: "LOCATED_IN", from: IDS.deptAnGiang, to: IDS.anGiang, evidence: [guests] },
    { type: "ATTENDED", from: IDS.huong, to: conference, evidence: [spoke] },
    { type: "ATTENDED", from: IDS.quyet, to: conference, evidence: [guests] },
    { type: "ATTENDED", from: IDS.deptAnGiang, to: conference, evidence: [guests] },
    { type: "HOLDS_POSITION", from: IDS.huong, to: IDS.dept, evidence: [spoke], title: "Giám đốc", asOf: date },
  ];
  return finish(IDS.reportB, date, b, entities, relations);
}

/** A deep copy, for tests that break a document on purpose. */
export function copy<T>(x: T): T {
  return structuredClone(x);
}

/** The same document under another report id (evidence and files follow the id): for tests of ordering across reports. */
export function asReport(fixture: Fixture, id: string): Fixture {
  const extraction = copy(fixture.extraction);
  extraction.report.id = id;
  extraction.report.source = `${id.slice("report:".length)}.txt`;
  return { extraction, text: fixture.text, file: `${id.slice("report:".length)}.json` };
}
