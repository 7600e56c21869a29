// The findings of one audit as they are collected, plus the small helpers every rule family uses.
import { type Dec, fmt } from '../decimal';
import type { AuditFinding, AuditFindingCode, AuditSeverity, BilledLine } from './types';

export type FindingExtra = { lineIndex?: number; changesLines?: boolean };

export type AddFinding = (
  code: AuditFindingCode,
  severity: AuditSeverity,
  message: string,
  fix: string,
  source: string,
  extra?: FindingExtra,
) => void;

/** A list of findings and the function the rules call to add one. */
export function findingCollector(): { findings: AuditFinding[]; add: AddFinding } {
  const findings: AuditFinding[] = [];
  const add: AddFinding = (code, severity, message, fix, source, extra = {}) => {
    findings.push({
      code,
      severity,
      message,
      fix,
      source,
      ...(extra.lineIndex === undefined ? {} : { lineIndex: extra.lineIndex }),
      ...(extra.changesLines ? { changesLines: true } : {}),
    });
  };
  return { findings, add };
}

export const has = (line: BilledLine, modifier: string) => line.modifiers.includes(modifier);
export const sumUnits = (lines: readonly BilledLine[]) => lines.reduce((sum, l) => sum + l.units, 0);
export const mg = (value: Dec) => `${fmt(value)} mg`;

function lineKey(line: BilledLine): string {
  return `${line.hcpcs}|${[...line.modifiers].sort().join('-')}|${line.units}`;
}

/**
 * True when two sets of lines are the same: same codes, modifiers (any order) and units, in any
 * line order.
 *
 * @example sameLines([J9207 × 73, J9207-JW × 2], [J9207-JW × 2, J9207 × 73]) //=> true
 */
export function sameLines(a: readonly BilledLine[], b: readonly BilledLine[]): boolean {
  if (a.length !== b.length) return false;
  const keys = a.map(lineKey).sort();
  const other = b.map(lineKey).sort();
  return keys.every((k, i) => k === other[i]);
}
