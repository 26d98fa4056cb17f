import { sha256Hex } from "../domain/extraction.schema.js";
import { provinceById, provinceCode, renamedByDate } from "../domain/gazetteer/provinces.js";
import { entityId as domainEntityId, eventId, reportId } from "../domain/ids.js";
import type { EntityType } from "../domain/model.js";
import { type Extraction, FORMAT_ID, type Span } from "../domain/model.js";
import { normalizeText } from "../domain/text.js";
import { anniversaryYear } from "./anniversaries.js";
import type { ReportContext } from "./context.js";
import { isIsoDate } from "./dates.js";
import { GraphBuilder } from "./graph-builder.js";
import { type ConferenceMention, findConferences } from "./mentions/conferences.js";
import { findDirectives } from "./mentions/directives.js";
import { findInstructions } from "./mentions/instructions.js";
import { findOrganizations, type OrgMention } from "./mentions/organizations.js";
import { findPersons } from "./mentions/persons.js";
import { findProgrammes } from "./mentions/programmes.js";
import { findProvinceMentions } from "./mentions/provinces.js";
import { readMetadata } from "./metadata.js";
import { normalizeReport } from "./normalize/normalize.js";
import { documentAssignments } from "./relations/addressed.js";
import {
  coordinated,
  documentPurposes,
  eventPurposes,
  implementedUnder,
  implementer,
  projectRoles,
  purposesOf,
  taskListImplements,
} from "./relations/implements.js";
import { organisersOf } from "./relations/organized.js";
import { partOf } from "./relations/part-of.js";
import {
  attendingBodies,
  councilAtSession,
  EVENT_LEAD,
  findTriggers,
  governingTrigger,
  partiesOf,
  ROLE_RANK,
  type Role,
  speakingSubjects,
} from "./relations/participation.js";
import { reportProvince } from "./report-province.js";
import { indexText, lineAt, opensListItem, sentenceAt } from "./text-index.js";

const idCache = new Map<string, string>();

/** Ids are pure functions of type and name; the same few names recur in every sentence, so fold each once. */
function entityId(type: EntityType, name: string): string {
  const key = `${type}\u0000${name}`;
  let id = idCache.get(key);
  if (id === undefined) {
    id = domainEntityId(type, name);
    if (idCache.size > 100_000) idCache.clear();
    idCache.set(key, id);
  }
  return id;
}

const eventIdCache = new Map<string, string>();

/** Event and instruction ids, folded once per distinct name, province and date. */
function cachedEventId(type: "Conference" | "Directive", name: string, provinceId: string | null, date: string | null): string {
  const key = `${type}\u0000${name}\u0000${provinceId ?? ""}\u0000${date ?? ""}`;
  let id = eventIdCache.get(key);
  if (id === undefined) {
    id = eventId(type, name, provinceId, date);
    if (eventIdCache.size > 100_000) eventIdCache.clear();
    eventIdCache.set(key, id);
  }
  return id;
}

export interface ExtractOptions {
  /** File name or URL the text came from (gives the report id). */
  source: string;
  /** The page's address, when a crawl knows it (its domain may name the province). */
  url?: string;
  /** Publication date (YYYY-MM-DD) when the text lacks it. */
  publishedOn?: string;
}

export interface ExtractResult {
  extraction: Extraction;
  /**
   * The text the offsets index into and whose digest is `report.sha256`: the
   * input in NFC with `\n` line endings, as the extraction format fixes. The
   * pipeline reads a cleaner view (chrome stripped, blanks folded, one
   * tone-mark placement) and maps every span back onto this text, so the same
   * report annotated by hand and by the extractor share offsets and digest.
   */
  text: string;
}

/** Words that make what follows a request, not a report of what happened. */
const REQUEST_VERB = /(?<![\p{L}])(?:đề nghị|yêu cầu|giao|chỉ đạo|cử)(?![\p{L}])/u;

/** Text → extraction JSON. Pure and deterministic. */
export function extract(rawText: string, options: ExtractOptions): Extraction {
  return extractWithText(rawText, options).extraction;
}

export function extractWithText(rawText: string, options: ExtractOptions): ExtractResult {
  const sourceText = normalizeText(rawText);
  const { text, origin } = normalizeReport(rawText);
  const index = indexText(text);
  const meta = readMetadata(index, rawText.normalize("NFC"), options.url);
  const publishedOn = options.publishedOn && isIsoDate(options.publishedOn) ? options.publishedOn : meta.publishedOn;
  // Names stay true to the report's date: a 2025 report's "thành phố Huế" is the city that replaced Thừa Thiên Huế.
  const renamedProvince = renamedByDate(text, publishedOn);
  const asOfReport = (id: string) => (renamedProvince && id === renamedProvince.from ? renamedProvince.to : id);
  const provinceMentions = findProvinceMentions(text).map((m) => ({ ...m, provinceId: asOfReport(m.provinceId) }));
  const found = reportProvince(text, provinceMentions, options.url, meta.dateline?.code ?? null);
  const where = found
    ? { ...found, provinceId: asOfReport(found.provinceId) }
    : renamedProvince
      ? { provinceId: renamedProvince.to, inferredFrom: null, evidence: null }
      : null;
  const ctx: ReportContext = {
    index,
    provinceId: where?.provinceId ?? null,
    publishedOn,
    year: publishedOn ? Number(publishedOn.slice(0, 4)) : anniversaryYear(index.lower),
    ...(renamedProvince ? { renamedProvince } : {}),
  };
  const g = new GraphBuilder(text);
  const rid = reportId(options.source || options.url || "report");

  // Provinces
  const provinceEvidence: Span[] = where?.evidence ? [where.evidence] : [];
  const addProvince = (id: string, span?: Span) => {
    const p = provinceById(id);
    if (!p) return;
    g.entity({ id, type: "Province", name: p.name, code: provinceCode(p, publishedOn), aliases: [], mentions: [] }, span);
  };
  for (const m of provinceMentions) addProvince(m.provinceId, m);
  if (where) {
    addProvince(where.provinceId);
    if (where.evidence) {
      const name = text.slice(where.evidence.start, where.evidence.end).replace(/^(?:huyện|quận|thị xã)\s+/u, "");
      const at = where.evidence.end - name.length;
      g.mention(where.provinceId, { start: at, end: where.evidence.end });
    }
  }

  // Organisations
  // Breadcrumbs and mastheads above the headline, and an outlet opening the lead as its source
  // ("Báo X - Sáng 26/12, …"), are the page's, not the story's.
  const orgs = findOrganizations(ctx).filter(
    (o) =>
      !(meta.titleLine && o.end <= meta.titleLine.start) &&
      !(
        o.kind === "MEDIA" &&
        /(?:^|\n)\s*$/u.test(text.slice(Math.max(0, o.start - 2), o.start)) &&
        /^\s*[-–—]\s/u.test(text.slice(o.end, o.end + 3))
      ),
  );
  const department = mainDepartment(orgs);
  // A unit "(thuộc Sở)" is named with the report's department: "Phòng A Sở B tỉnh C".
  const unitOfDepartment = (o: OrgMention): OrgMention | null =>
    o.parent?.bareDepartment || o.ofBareDepartment
      ? department
        ? { ...o, name: `${o.name} ${department.name}`, province: department.province }
        : null
      : o;
  const orgId = (o: OrgMention): string | null => {
    if (o.bareDepartment) return department ? entityId("Organization", department.name) : null;
    const unit = unitOfDepartment(o);
    return unit ? entityId("Organization", unit.name) : null;
  };
  const addOrg = (o: OrgMention): string | null => {
    const id = orgId(o);
    if (!id) return null;
    const ref = o.bareDepartment && department ? department : (unitOfDepartment(o) ?? o);
    if (ref.province) addProvince(ref.province);
    g.entity(
      {
        id,
        type: "Organization",
        name: ref.name,
        kind: ref.kind,
        province: ref.province && provinceById(ref.province) ? ref.province : null,
        aliases: [],
        mentions: [],
      },
      o,
    );
    if (ref.province && provinceById(ref.province)) {
      const evidence = o.provinceSpan ? [o] : [o, ...provinceEvidence];
      if (!o.bareDepartment) g.relate("LOCATED_IN", id, ref.province, evidence);
    }
    // "Phòng Công nghệ thông tin Sở TT&TT tỉnh X", "Phòng A (thuộc Sở)": a unit named with the department it belongs to.
    const parent = o.parent ? addOrg(o.parent) : null;
    if (parent) g.relate("PART_OF", id, parent, [{ start: o.start, end: Math.max(o.end, (o.parent as OrgMention).end) }]);
    return id;
  };
  for (const o of orgs) addOrg(o);
  for (const link of partOf(text, orgs)) {
    const child = orgId(link.child);
    const parent = orgId(link.parent);
    if (child && parent) g.relate("PART_OF", child, parent, [link.evidence]);
  }

  // Directives (documents)
  const directives = findDirectives(ctx);
  for (const d of directives) {
    const id = directiveEntityId(d);
    g.entity({ id, type: "Directive", name: d.name, kind: d.kind, number: d.number, issuedOn: d.issuedOn, aliases: [], mentions: [] }, d);
    if (d.issuer) {
      const issuerId = addOrg(d.issuer);
      if (issuerId && d.issuerEvidence) g.relate("ISSUED", issuerId, id, [d.issuerEvidence]);
    }
  }

  // Conferences
  const conferenceMentions = findConferences(ctx, meta.titleLine);
  const conferences: Array<ConferenceMention & { id: string }> = [];
  let current: (ConferenceMention & { id: string }) | undefined;
  const early: ConferenceMention[] = [];
  const organisersById = new Map<string, string[]>();
  const mentionsOf: Array<{ span: Span; id: string }> = [];
  // The organiser of an event is not also listed as attending it.
  const organised = new Set<string>();
  // "Sở TT&TT phối hợp với A, B tổ chức Hội nghị …", "Hội nghị … do Sở TT&TT tổ chức", also where the words
  // only refer to the event ("Sở A phối hợp với Hội B tổ chức hội thảo").
  const organise = (c: ConferenceMention, id: string) => {
    for (const o of organisersOf(ctx.index, c.sentence, c, orgs)) {
      const oid = addOrg(o);
      if (!oid || organised.has(`${oid}\u0000${id}`)) continue;
      g.relate("ORGANIZED", oid, id, [{ start: Math.min(o.start, c.start), end: Math.max(o.end, c.end) }]);
      organised.add(`${oid}\u0000${id}`);
      organisersById.set(id, [...(organisersById.get(id) ?? []), oid]);
    }
  };
  for (const c of conferenceMentions) {
    if (c.name) {
      const id = cachedEventId("Conference", c.name, ctx.provinceId, c.date);
      g.entity(
        { id, type: "Conference", name: c.name, date: c.date, year: c.year, province: ctx.provinceId, aliases: [], mentions: [] },
        c,
      );
      const defined = { ...c, id };
      conferences.push(defined);
      // An undated event named after a dated one ("… tổ chức thành công Diễn tập thực chiến" among the year's results) is
      // mentioned in passing: later references, speeches and requests still belong to the dated event being reported.
      const inPassing = c.date === null && current !== undefined && current.date !== null;
      if (!inPassing) current = defined;
      mentionsOf.push({ span: c, id });
      if (ctx.provinceId) g.relate("HELD_IN", id, ctx.provinceId, [c.sentence, ...provinceEvidence]);
      organise(c, id);
    } else if (current) {
      g.mention(current.id, c);
      if (!c.headline) mentionsOf.push({ span: c, id: current.id });
      // Not in a request ("cử cán bộ tham gia lớp tập huấn do Sở tổ chức"): that is another, future event.
      if (!REQUEST_VERB.test(ctx.index.lower.slice(c.sentence.start, c.start))) organise(c, current.id);
    } else {
      early.push(c);
    }
  }
  // The headline (or a reference before the defining sentence) names the report's first event.
  const firstEvent = conferences[0];
  if (firstEvent) for (const c of early) g.mention(firstEvent.id, c);
  const afterEvent = (at: number) => conferences.some((c) => c.sentence.start <= at);
  const reported = conferences.filter((c, n) => n === 0 || c.date !== null || conferences[0]?.date === null);
  const conferenceFor = (at: number): (ConferenceMention & { id: string }) | undefined => {
    if (conferences.length === 1) return conferences[0];
    let best: (ConferenceMention & { id: string }) | undefined;
    for (const c of reported) if (c.start <= at) best = c;
    return best ?? conferences[0];
  };

  // People and their titles
  const people = findPersons(ctx);
  const personId = (name: string) => entityId("Person", name);
  for (const p of people.mentions) g.entity({ id: personId(p.name), type: "Person", name: p.name, aliases: [], mentions: [] }, p);
  const asOfAt = (at: number) => conferenceFor(at)?.date ?? publishedOn ?? null;
  // "đoàn công tác của Bộ X do Thứ trưởng A làm trưởng đoàn": a ministry's title names no body, the sentence does.
  const ministries = orgs.filter((o) => o.kind === "MINISTRY");
  const ministryFor = (at: number): OrgMention | undefined => {
    const sentence = sentenceAt(index, at);
    const near = sentence ? ministries.filter((o) => o.start >= sentence.start && o.end <= at) : [];
    if (near.length > 0) return near[near.length - 1];
    const names = new Set(ministries.map((o) => o.name));
    return names.size === 1 ? ministries[0] : undefined;
  };
  for (const claim of people.claims) {
    const org = claim.title.org ?? (/^(?:Thứ trưởng|Bộ trưởng)$/u.test(claim.title.title) ? ministryFor(claim.evidence.start) : undefined);
    if (!org) continue;
    const oid = addOrg(org);
    if (!oid) continue;
    const evidence = claim.title.org ? [claim.evidence] : [claim.evidence, { start: org.start, end: org.end }];
    g.relate("HOLDS_POSITION", personId(claim.name), oid, evidence, {
      title: claim.title.title,
      asOf: asOfAt(claim.evidence.start),
    });
  }

  // Byline
  if (meta.byline) {
    const b = meta.byline;
    const known = people.mentions.find((p) => p.start === b.nameSpan.start);
    const id = personId(known?.name ?? b.name);
    g.entity({ id, type: "Person", name: known?.name ?? b.name, aliases: [], mentions: [] }, b.nameSpan);
    g.relate("AUTHORED", id, rid, [b.line]);
    for (const co of b.coAuthors) {
      const coId = personId(co.name);
      g.entity({ id: coId, type: "Person", name: co.name, aliases: [], mentions: [] }, co.span);
      g.relate("AUTHORED", coId, rid, [b.line]);
    }
  }

  // "A chủ trì phiên chất vấn": the event a sentence names, else the one reported at that point.
  const eventOf = (sentence: Span) => {
    const named = mentionsOf.find((m) => m.span.start >= sentence.start && m.span.end <= sentence.end);
    return conferences.find((c) => c.id === named?.id) ?? conferenceFor(sentence.start);
  };

  // Participation: one relation per person per event, the strongest stated.
  if (conferences.length > 0) {
    const best = new Map<string, { role: Role; evidence: Span[]; conf: string; person: string }>();
    const consider = (person: string, conf: string, role: Role, evidence: Span) => {
      const key = `${person}\u0000${conf}`;
      const prev = best.get(key);
      if (!prev || ROLE_RANK[role] > ROLE_RANK[prev.role]) best.set(key, { role, evidence: [evidence], conf, person });
      else if (prev.role === role) prev.evidence.push(evidence);
    };
    const peopleBySentence = bucket(index.sentences, people.mentions);
    const orgsBySentence = bucket(index.sentences, orgs);
    for (const [si, sentence] of index.sentences.entries()) {
      const inSentence = peopleBySentence[si] ?? [];
      const attendingOrgs = orgsBySentence[si] ?? [];
      if (inSentence.length === 0 && attendingOrgs.length === 0) continue;
      let triggers = findTriggers(index, sentence);
      // A list item ("- Đồng chí A, …;") under "Thành phần tham dự:" / "Tham dự có:": the lead line's words govern it.
      if (triggers.length === 0 && isListItem(text, sentence)) {
        let lead = si - 1;
        while (lead >= 0 && isListItem(text, index.sentences[lead] as Span)) lead--;
        const leadSentence = index.sentences[lead];
        if (leadSentence && isListLead(text, leadSentence)) triggers = findTriggers(index, leadSentence);
      }
      // Bodies may take part with no attendance word ("đại diện Trung tâm A tham luận …"): only they are looked at then.
      if (triggers.length === 0 && attendingOrgs.length === 0) continue;
      // "Dịp này, …", "Tại hội nghị, …": a sentence tied to the event by its opening words.
      const eventSentence =
        conferenceMentions.some((c) => c.start >= sentence.start && c.end <= sentence.end) ||
        EVENT_LEAD.test(index.lower.slice(sentence.start, sentence.start + 30));
      const line = lineAt(index, sentence.start);
      const caption = line !== undefined && !/[.!?…]$/u.test(text.slice(line.start, line.end).trim()) && line.end - line.start < 200;
      const conf = eventOf(sentence);
      if (!conf) continue;
      for (const p of inSentence) {
        const t = governingTrigger(triggers, p, eventSentence, caption);
        if (!t) continue;
        consider(personId(p.name), conf.id, t.role, { start: Math.min(p.start, t.start), end: Math.max(p.end, t.end) });
      }
      // Bodies: "Tham dự … có … đại diện lãnh đạo Bộ TT&TT", "Cũng trong hội nghị, Sở … đã công bố …".
      for (const a of attendingBodies(index, sentence, attendingOrgs, triggers, eventSentence, afterEvent(sentence.start))) {
        const oid = orgId(a.org);
        if (!oid || (organised.has(`${oid}\u0000${conf.id}`) && !a.awarded)) continue;
        addOrg(a.org);
        consider(oid, conf.id, "ATTENDED", a.evidence);
      }
    }
    // "Ông A - Phó Giám đốc Sở cho biết …" after the event is introduced: a speaker at it.
    for (const sp of speakingSubjects(index, people.mentions, conferences[0]?.sentence.start ?? text.length)) {
      const sentence = sentenceAt(index, sp.evidence.start);
      const conf = sentence ? eventOf(sentence) : conferenceFor(sp.evidence.start);
      if (conf) consider(personId(sp.person.name), conf.id, "ATTENDED", sp.evidence);
    }
    // "Sở A đã có buổi làm việc với UBND huyện B", "Lễ ký kết … giữa A với B và C": the parties took part.
    for (const c of conferences) {
      for (const party of partiesOf(index, c, orgs, conferences.length === 1)) {
        const oid = orgId(party.org);
        if (!oid || organised.has(`${oid}\u0000${c.id}`)) continue;
        addOrg(party.org);
        consider(oid, c.id, "ATTENDED", party.evidence);
      }
    }
    for (const sitting of councilAtSession(index, conferences, orgs)) {
      const oid = orgId(sitting.org);
      const conf = conferences.find((c) => c.start === sitting.event.start);
      if (oid && conf) consider(oid, conf.id, "ATTENDED", sitting.evidence);
    }
    for (const r of best.values()) g.relate(r.role, r.person, r.conf, r.evidence);
  }

  // Instructions
  const instructions = findInstructions(ctx, people.mentions, orgs);
  for (const ins of instructions) {
    const conf = conferenceFor(ins.start);
    const date = conf?.date ?? publishedOn ?? null;
    const id = cachedEventId("Directive", ins.label, ctx.provinceId, date);
    g.entity({ id, type: "Directive", name: ins.label, kind: "INSTRUCTION", number: null, issuedOn: date, aliases: [], mentions: [] }, ins);
    g.relate("ISSUED", personId(ins.speaker), id, [ins.trigger, ins]);
    if (conf) g.relate("ISSUED_AT", id, conf.id, [ins]);
    for (const o of ins.addressees) {
      const oid = addOrg(o);
      if (oid && ins.addresseeEvidence) g.relate("ADDRESSED_TO", id, oid, [ins.addresseeEvidence]);
    }
  }

  // Programmes, and who implements them
  const instructionSpans = instructions.map((i) => ({ start: i.start, end: i.end }));
  const programmes = findProgrammes(ctx, [...directives, ...orgs.filter((o) => !o.bareDepartment)], meta.titleLine);
  for (const p of programmes) {
    const id = entityId("Programme", p.name);
    const existing = g.get(id);
    g.entity({ id, type: "Programme", name: p.name, kind: p.kind, period: p.period, aliases: [], mentions: [] }, p);
    if (existing && existing.type === "Programme" && existing.period === null && p.period) existing.period = p.period;
    if (p.nested || p.partOf || p.approved || instructionSpans.some((s) => s.start <= p.start && p.end <= s.end)) continue;
    const sentence = sentenceAt(index, p.start);
    if (!sentence) continue;
    const who = implementer(index, sentence, p, orgs);
    if (!who) continue;
    for (const o of [who.org, ...(who.also ?? [])]) {
      const oid = addOrg(o);
      if (oid) g.relate("IMPLEMENTS", oid, id, who.evidence);
    }
  }
  // "Sở TT&TT đã triển khai thực hiện Nghị quyết số 52-NQ/TW …": a numbered document carried out by the clause's body.
  for (const d of directives) {
    if (instructionSpans.some((s) => s.start <= d.start && d.end <= s.end)) continue;
    if (/(?:phê duyệt|ban hành|thuộc)(?: tại)?\s+$/u.test(index.lower.slice(Math.max(0, d.start - 18), d.start))) continue;
    const sentence = sentenceAt(index, d.start);
    if (!sentence) continue;
    const who = implementer(index, sentence, d, orgs);
    if (!who) continue;
    const id = directiveEntityId(d);
    for (const o of [who.org, ...(who.also ?? [])]) {
      const oid = addOrg(o);
      // The issuer does not implement its own document.
      if (oid && !g.hasRelation("ISSUED", oid, id)) g.relate("IMPLEMENTS", oid, id, who.evidence);
    }
  }
  // "Kế hoạch số … giao Sở A chủ trì …": the bodies a document assigns.
  for (const a of documentAssignments(index, directives, orgs)) {
    const id = directiveEntityId(a.directive);
    const oid = addOrg(a.org);
    if (!oid) continue;
    g.relate("ADDRESSED_TO", id, oid, [a.evidence]);
    if (a.leads && !g.hasRelation("ISSUED", oid, id)) g.relate("IMPLEMENTS", oid, id, [a.evidence]);
  }
  // "Thực hiện <văn bản, chương trình> …, <cơ quan> đã …".
  const targets = [
    ...directives.map((d) => ({ start: d.start, end: d.end, id: directiveEntityId(d) })),
    ...programmes.filter((p) => !p.nested && !p.approved).map((p) => ({ start: p.start, end: p.end, id: entityId("Programme", p.name) })),
  ];
  // "Buổi diễn tập nhằm triển khai Chỉ thị …", "Hội nghị … để thực hiện Kế hoạch …": the organisers carry it out.
  for (const { span, id } of mentionsOf) {
    const organisers = organisersById.get(id);
    if (!organisers) continue;
    for (const at of eventPurposes(index, span)) {
      const target = targets.find((t) => t.start >= at && t.start <= at + 2);
      if (!target || instructionSpans.some((s) => s.start <= target.start && target.end <= s.end)) continue;
      for (const t of coordinated(index, target, targets))
        for (const oid of organisers) g.relate("IMPLEMENTS", oid, t.id, [{ start: span.start, end: t.end }]);
    }
  }
  for (const link of [
    ...purposesOf(index, directives, targets),
    ...documentPurposes(index, directives, targets),
    ...taskListImplements(index, targets, orgs),
  ]) {
    if (instructionSpans.some((s) => s.start <= link.target.start && link.target.end <= s.end)) continue;
    const oid = addOrg(link.org);
    // The issuer does not implement its own document.
    if (oid && !g.hasRelation("ISSUED", oid, link.target.id)) g.relate("IMPLEMENTS", oid, link.target.id, link.evidence);
  }
  // "Sở A được giao làm chủ đầu tư; Viễn thông B là đơn vị thi công": the project's investor and contractor.
  const projects = programmes
    .filter((p) => !p.nested && p.kind === "PROJECT")
    .map((p) => ({ start: p.start, end: p.end, id: entityId("Programme", p.name) }));
  for (const link of projectRoles(index, projects, orgs)) {
    const oid = addOrg(link.org);
    if (oid) g.relate("IMPLEMENTS", oid, link.target.id, link.evidence);
  }
  for (const link of implementedUnder(index, targets, orgs)) {
    if (instructionSpans.some((s) => s.start <= link.target.start && link.target.end <= s.end)) continue;
    const oid = addOrg(link.org);
    if (oid) g.relate("IMPLEMENTS", oid, link.target.id, link.evidence);
  }

  const { entities, relations } = mapSpansOntoSource(g.build(), origin);
  const p = where ? provinceById(where.provinceId) : undefined;
  const extraction: Extraction = {
    format: FORMAT_ID,
    report: {
      id: rid,
      title: meta.title,
      publishedOn,
      publisher: meta.publisher,
      author: meta.byline ? (meta.byline.coAuthors.length > 0 ? meta.byline.written : meta.byline.name) : null,
      province: p ? p.id : null,
      source: options.source || options.url || "report",
      sha256: sha256Hex(sourceText),
      ...(where?.inferredFrom ? { provinceInferredFrom: where.inferredFrom } : {}),
    },
    entities,
    relations,
  };
  return { extraction, text: sourceText };
}

/** A numbered document's id comes from its number, an unnumbered one's from its name. */
function directiveEntityId(d: { number: string | null; name: string }): string {
  return entityId("Directive", d.number ?? d.name);
}

/** Spans found in the cleaned view, moved onto the source text (the origin map is monotonic, so order holds). */
function mapSpansOntoSource(
  graph: { entities: Extraction["entities"]; relations: Extraction["relations"] },
  origin: Int32Array,
): { entities: Extraction["entities"]; relations: Extraction["relations"] } {
  const onSource = (s: Span): Span => ({ start: origin[s.start] ?? s.start, end: (origin[s.end - 1] ?? s.end - 1) + 1 });
  return {
    entities: graph.entities.map((e) => ({ ...e, mentions: e.mentions.map(onSource) })),
    relations: graph.relations.map((r) => ({ ...r, evidence: r.evidence.map(onSource) })),
  };
}

/** A line of a bulleted or numbered list. */
function isListItem(text: string, s: Span): boolean {
  return opensListItem(text, s.start);
}

/** The line a list hangs from: it ends in a colon, or is a short heading without a full stop. */
function isListLead(text: string, s: Span): boolean {
  const words = text.slice(s.start, s.end).trim();
  return words.endsWith(":") || (words.length < 80 && !/[.!?…;,]$/u.test(words));
}

/** Spans grouped by the sentence that holds them (sentences are sorted and disjoint). */
function bucket<T extends Span>(sentences: Span[], spans: T[]): T[][] {
  const out: T[][] = sentences.map(() => []);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let si = 0;
  for (const s of sorted) {
    while (si < sentences.length && (sentences[si] as Span).end < s.end) si++;
    const sentence = sentences[si];
    if (sentence && s.start >= sentence.start && s.end <= sentence.end) out[si]?.push(s);
  }
  return out;
}

/** The department a bare "Sở" stands for: the one the report names most. */
function mainDepartment(orgs: OrgMention[]): OrgMention | undefined {
  const counts = new Map<string, { n: number; first: OrgMention }>();
  for (const o of orgs) {
    if (o.kind !== "DEPARTMENT" || o.bareDepartment) continue;
    const c = counts.get(o.name) ?? { n: 0, first: o };
    c.n++;
    counts.set(o.name, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.first.start - b.first.start)[0]?.first;
}
