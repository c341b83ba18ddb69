// The rules over plans that hold mostly the same values: a batch's units, each its entry over one
// base plan. A rule is a function of the plan alone, and of the plan's fields it reads: run on the
// first plan, each rule's reads (the top-level fields) and reports are kept; on a later plan whose
// fields hold the same values in every field the rule read, the rule would report the same, and its
// reports are given again (through the later plan's own positions) instead of running it. A unit
// changes its issuer and signer; the rules that read only the body (abbreviations, references,
// deadlines, tables) ran on the same base 1,000 times in a batch of 1,000 (issue 12).
import type { Plan } from '../plan/plan.js';
import type { Report, RuleArgs, RuleDefinition } from './rules/rule.js';
import { sameValue } from '../cache/same-value.js';

type At = Parameters<Report>[2];
type Reported = readonly [pointer: string, args: RuleArgs | undefined, at: At];

interface Recorded {
  /** The top-level fields the rule read; undefined when it listed the plan's fields (it read them all). */
  fields: ReadonlySet<string> | undefined;
  reports: readonly Reported[];
}

export class RuleMemo {
  /** The plan the rules were recorded on: the first one checked. */
  private reference: Plan | undefined;
  private readonly recorded = new Map<RuleDefinition, Recorded>();
  /** The plan being checked now, and which of its fields hold the reference's values. */
  private current: Plan | undefined;
  private same = new Map<string, boolean>();
  private allSame: boolean | undefined;

  /** Runs `rule` on `plan`, or reports again what it reported on the reference plan when every field
   * it read there holds the same value in `plan`. */
  check(rule: RuleDefinition, plan: Plan, report: Report): void {
    if (this.reference === undefined) this.reference = plan;
    if (plan === this.reference) {
      this.record(rule, plan, report);
      return;
    }
    const kept = this.recorded.get(rule);
    if (kept !== undefined && this.readSame(plan, kept.fields)) {
      // Copies: a diagnostic's args are its own, whatever a later step does with them.
      for (const [pointer, args, at] of kept.reports) report(pointer, args && { ...args }, at && { ...at });
      return;
    }
    rule.check(plan, report);
  }

  /** Runs the rule on the reference through a proxy that notes the fields it reads. Each rule has
   * its own proxy: a rule's cache by plan (the reading order) then never hides one rule's reads
   * behind another's. */
  private record(rule: RuleDefinition, plan: Plan, report: Report): void {
    const fields = new Set<string>();
    let all = false;
    const note = (key: string | symbol) => {
      if (typeof key === 'string') fields.add(key);
    };
    const watched = new Proxy(plan, {
      get: (target, key) => (note(key), Reflect.get(target, key)),
      has: (target, key) => (note(key), Reflect.has(target, key)),
      getOwnPropertyDescriptor: (target, key) => (note(key), Reflect.getOwnPropertyDescriptor(target, key)),
      ownKeys: (target) => ((all = true), Reflect.ownKeys(target)),
    });
    const reports: Reported[] = [];
    rule.check(watched, (pointer, args, at) => {
      reports.push([pointer, args && { ...args }, at && { ...at }]);
      report(pointer, args, at);
    });
    this.recorded.set(rule, { fields: all ? undefined : fields, reports });
  }

  private readSame(plan: Plan, fields: ReadonlySet<string> | undefined): boolean {
    if (plan !== this.current) {
      this.current = plan;
      this.same = new Map();
      this.allSame = undefined;
    }
    const reference = this.reference as unknown as Record<string, unknown>;
    const fieldsOf = plan as unknown as Record<string, unknown>;
    const fieldSame = (key: string): boolean => {
      let same = this.same.get(key);
      if (same === undefined) {
        same = Object.hasOwn(fieldsOf, key) === Object.hasOwn(reference, key) && sameValue(fieldsOf[key], reference[key]);
        this.same.set(key, same);
      }
      return same;
    };
    if (fields !== undefined) {
      for (const key of fields) if (!fieldSame(key)) return false;
      return true;
    }
    this.allSame ??= sameValue(fieldsOf, reference);
    return this.allSame;
  }
}
