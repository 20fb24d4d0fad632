// Accuracy metrics for the engine against annotated news, as defined in the evaluation data's
// README: quotation recall and source accuracy, people and role recall/precision, date F1 and
// value accuracy. Gold offsets are Unicode code points; ours are UTF-16 code units.

/* eslint-disable @typescript-eslint/no-explicit-any -- gold and system records are loose JSON */
type Json = any;

const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'reps', 'gov', 'gen', 'president', 'senator',
  'the', 'a', 'an', 'of', 'and', 'former', 'secretary', 'minister', 'said', 'says',
]);

/** Maps code-point indices of `text` to UTF-16 indices. */
export function utf16Map(text: string): number[] {
  const out: number[] = [];
  let u = 0;
  for (const ch of text) {
    out.push(u);
    u += ch.length;
  }
  out.push(u);
  return out;
}

const overlap = (a0: number, a1: number, b0: number, b1: number): boolean => Math.max(a0, b0) < Math.min(a1, b1);
const ratio = (a: number, b: number): number | null => (b ? Math.round((a / b) * 10000) / 10000 : null);
const f1Of = (p: number | null, r: number | null): number => (p && r ? Math.round(((2 * p * r) / (p + r)) * 10000) / 10000 : 0);

function nameWords(s: string | null | undefined): string[] {
  return (s ?? '').match(/[A-Za-z][A-Za-z'-]+/g) ?? [];
}

export function nameTokens(s: string | null | undefined): Set<string> {
  return new Set(
    nameWords(s)
      .filter((t) => t.length > 2 && !TITLE_WORDS.has(t.toLowerCase()))
      .map((t) => t.toLowerCase().replace(/^'+|'+$/g, '')),
  );
}

/** Surname-level match: the last name token of the system's name occurs in the gold name. */
export function nameMatch(sysName: string | null | undefined, goldName: string | null | undefined): boolean {
  const st = nameWords(sysName)
    .map((t) => t.toLowerCase())
    .filter((t) => t.length > 2 && !TITLE_WORDS.has(t));
  if (!st.length) return false;
  return nameTokens(goldName).has(st[st.length - 1]);
}

export function scoreQuotes(gold: Json[], sys: Map<string, Json>): Record<string, number | null> {
  let nSrc = 0, nSrcOk = 0, nSrcFound = 0, nDet = 0, nDetOk = 0, nFlagFp = 0, nNoSrc = 0, nNoSrcFlag = 0;
  let nNoneLong = 0, nNoneLongFlag = 0, sysQuotes = 0;
  for (const g of gold) {
    const s = sys.get(g.id) ?? {};
    const m = utf16Map(g.text);
    const squotes: Json[] = s.quotes ?? [];
    sysQuotes += squotes.length;
    const diags: Json[] = (s.diagnostics ?? []).filter((d: Json) => String(d.code ?? '').includes('unattributed'));
    for (const q of g.quotes) {
      if (q.closed === false) continue;
      const q0 = m[q.start], q1 = m[q.end];
      const hits = squotes.filter((x) => x.start !== undefined && x.start !== null && overlap(x.start, x.end, q0, q1));
      const flagged = diags.some((d) => overlap(d.start, d.end, q0, q1));
      nDet++;
      if (hits.length) nDetOk++;
      if (q.attribution === 'source') {
        nSrc++;
        if (flagged) nFlagFp++;
        if (!hits.length) continue;
        nSrcFound++;
        const g0 = m[q.speaker_start], g1 = m[q.speaker_end];
        const goldNames = [q.speaker];
        if (q.speaker_resolved) goldNames.push(typeof q.speaker_resolved === 'object' ? q.speaker_resolved.text : q.speaker_resolved);
        const ok = hits.some((x) => {
          const sp = x.source;
          if (sp && sp.start !== undefined && sp.start !== null && overlap(sp.start, sp.end, g0, g1)) return true;
          const nm = x.speakerName || (x.source ?? {}).text;
          return goldNames.some((gn) => nameMatch(nm, gn));
        });
        if (ok) nSrcOk++;
      } else if (q.attribution === 'no-source') {
        nNoSrc++;
        if (flagged) nNoSrcFlag++;
      } else if (q.attribution === 'none') {
        if (String(q.text).split(/\s+/).filter(Boolean).length >= 8) {
          nNoneLong++;
          if (flagged) nNoneLongFlag++;
        }
      }
    }
  }
  return {
    docs: gold.length,
    gold_quotes_closed: nDet,
    quote_recall: ratio(nDetOk, nDet),
    sys_quotes: sysQuotes,
    gold_sourced_quotes: nSrc,
    source_accuracy: ratio(nSrcOk, nSrc),
    source_accuracy_when_found: ratio(nSrcOk, nSrcFound),
    unattributed_false_alarm_rate: ratio(nFlagFp, nSrc),
    unattributed_recall_nosource: ratio(nNoSrcFlag, nNoSrc),
    gold_nosource_quotes: nNoSrc,
    unattributed_flag_rate_long_uncovered: ratio(nNoneLongFlag, nNoneLong),
    long_uncovered_quotes: nNoneLong,
  };
}

/** Token F1 between two role strings, ignoring a few function words. */
export function tokenF1(a: string, b: string): number {
  const stop = new Set(['the', 'a', 'an', 'of', 'for', 'to']);
  const toks = (s: string): string[] => {
    const all = s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
    const kept = all.filter((t) => !stop.has(t));
    return kept.length ? kept : all;
  };
  const ta = toks(a);
  const rest = toks(b);
  const nb = rest.length;
  if (!ta.length || !nb) return 0;
  let common = 0;
  for (const t of ta) {
    const i = rest.indexOf(t);
    if (i >= 0) {
      rest.splice(i, 1);
      common++;
    }
  }
  if (!common) return 0;
  const p = common / ta.length, r = common / nb;
  return (2 * p * r) / (p + r);
}

const roleTexts = (p: Json): string[] => (p.roles ?? []).map((r: Json) => (typeof r === 'object' ? r.text : String(r)));

export function scoreRoles(gold: Json[], sys: Map<string, Json>): Record<string, number | null> {
  let gPeople = 0, gFound = 0, gRoles = 0, gRolesOk = 0, sRoles = 0, sRolesOk = 0, gAff = 0, gAffOk = 0;
  for (const g of gold) {
    const sp: Json[] = sys.get(g.id)?.people ?? [];
    const used = new Set<number>();
    for (const gp of g.people) {
      gPeople++;
      const gsur = nameTokens(gp.name);
      let best: number | null = null;
      for (let i = 0; i < sp.length; i++) {
        const p = sp[i];
        const names = [p.name ?? '', ...(p.mentions ?? []).map((x: Json) => x.text ?? '')];
        const sharesToken = [...nameTokens(p.name ?? '')].some((t) => gsur.has(t));
        if (names.some((n) => nameMatch(n, gp.name)) || (sharesToken && gsur.size === 1)) {
          best = i;
          break;
        }
      }
      const groles: string[] = gp.roles ?? [];
      gRoles += groles.length;
      if (gp.affiliation) gAff++;
      if (best === null) continue;
      gFound++;
      used.add(best);
      const sroles = roleTexts(sp[best]);
      for (const gr of groles) if (sroles.some((sr) => tokenF1(sr, gr) >= 0.5)) gRolesOk++;
      if (gp.affiliation && String(sp[best].affiliation ?? '').replace(/ /g, '').includes(gp.affiliation.replace(/ /g, ''))) gAffOk++;
    }
    const allGoldRoles: string[] = g.people.flatMap((gp: Json) => gp.roles ?? []);
    for (const i of used) {
      for (const sr of roleTexts(sp[i])) {
        sRoles++;
        if (allGoldRoles.some((gr) => tokenF1(sr, gr) >= 0.5)) sRolesOk++;
      }
    }
  }
  const rp = ratio(sRolesOk, sRoles), rr = ratio(gRolesOk, gRoles);
  return {
    docs: gold.length,
    gold_people: gPeople,
    people_recall: ratio(gFound, gPeople),
    gold_roles: gRoles,
    role_recall: rr,
    role_precision: rp,
    role_f1: f1Of(rp, rr),
    affiliation_recall: ratio(gAffOk, gAff),
  };
}

export function scoreDates(gold: Json[], sys: Map<string, Json>): Record<string, number | null> {
  let tpG = 0, nG = 0, tpS = 0, nS = 0, vN = 0, vOk = 0;
  for (const g of gold) {
    const m = utf16Map(g.text);
    const sd: Json[] = (sys.get(g.id)?.dates ?? []).filter((d: Json) => d.start !== undefined && d.start !== null);
    const gx: Json[] = g.timexes.filter((t: Json) => t.type === 'DATE' || t.type === 'TIME');
    nG += gx.length;
    nS += sd.length;
    for (const t of gx) {
      const t0 = m[t.start], t1 = m[t.end];
      const hits = sd.filter((d) => overlap(d.start, d.end, t0, t1));
      if (hits.length) tpG++;
      const gv = String(t.value ?? '');
      if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(gv)) {
        vN++;
        if (hits.some((d) => String(d.value ?? '').startsWith(gv))) vOk++;
      }
    }
    for (const d of sd) if (gx.some((t) => overlap(d.start, d.end, m[t.start], m[t.end]))) tpS++;
  }
  const p = ratio(tpS, nS), r = ratio(tpG, nG);
  return {
    docs: gold.length,
    gold_dates: nG,
    sys_dates: nS,
    date_precision: p,
    date_recall: r,
    date_f1: f1Of(p, r),
    gold_calendar_values: vN,
    value_accuracy: ratio(vOk, vN),
  };
}
