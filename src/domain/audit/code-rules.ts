// Codes and modifiers on every billed line: codes confused with J9207, other codes, JW/JZ off
// J9207, RR, KX against the payer's policy, unknown modifiers and 340B consistency.
import { hcpcsCode, sources } from '../facts';
import {
  adminCodeSet,
  auditSources,
  confusedCodes,
  j9207Descriptor,
  knownJ9207Modifiers,
} from './audit-facts';
import { type AddFinding, has } from './findings';
import type { BilledLine } from './types';

/** Removes modifiers that never belong (RR; KX without a payer policy; JW/JZ off J9207). */
export function cleanModifiers(line: BilledLine, kxRequired: boolean): BilledLine {
  const drop = new Set([
    'RR',
    ...(kxRequired ? [] : ['KX']),
    ...(line.hcpcs === hcpcsCode ? [] : ['JW', 'JZ']),
  ]);
  return { ...line, modifiers: line.modifiers.filter((m) => !drop.has(m)) };
}

/**
 * Line-by-line code and modifier checks. `j9207Fix` is the corrected J9207 billing in words;
 * `rebuilt` is true when the corrected J9207 lines are rebuilt from the dose (so unknown modifiers,
 * KX and 340B are set there).
 */
export function codeRules(
  lines: readonly BilledLine[],
  kxRequired: boolean,
  j9207Fix: string,
  rebuilt: boolean,
  add: AddFinding,
): void {
  const j9207 = lines.filter((l) => l.hcpcs === hcpcsCode);
  lines.forEach((line, i) => {
    const n = i + 1;
    const descriptor = confusedCodes[line.hcpcs];
    if (descriptor) {
      add(
        'CONFUSED_CODE',
        'error',
        `Line ${n}: ${line.hcpcs} is "${descriptor}", not ixabepilone (J9207 is "${j9207Descriptor}").`,
        `Remove ${line.hcpcs}; ${j9207Fix}.`,
        auditSources.confusedCodes,
        { lineIndex: i, changesLines: true },
      );
    } else if (line.hcpcs !== hcpcsCode && !adminCodeSet.has(line.hcpcs)) {
      add(
        'OTHER_CODE',
        'info',
        `Line ${n}: ${line.hcpcs} is neither J9207 nor a chemotherapy administration code; this audit does not check it.`,
        `Check ${line.hcpcs} against its own documentation.`,
        sources.hcpcs,
        { lineIndex: i },
      );
    }
    if (line.hcpcs !== hcpcsCode && (has(line, 'JW') || has(line, 'JZ'))) {
      add(
        'JWJZ_ON_OTHER_CODE',
        'error',
        `Line ${n}: JW/JZ report the discarded ixabepilone on J9207 lines, not on ${line.hcpcs}.`,
        `Remove JW/JZ from ${line.hcpcs}; ${j9207Fix}.`,
        sources.jwjz,
        { lineIndex: i, changesLines: true },
      );
    }
    if (has(line, 'RR')) {
      add(
        'MODIFIER_RR',
        'error',
        `Line ${n}: RR is a DME rental modifier and does not belong on ${line.hcpcs}.`,
        `Remove RR from line ${n}.`,
        auditSources.modifiers,
        { lineIndex: i, changesLines: true },
      );
    }
    if (has(line, 'KX') && !kxRequired) {
      add(
        'KX_WITHOUT_POLICY',
        'error',
        `Line ${n}: KX ("requirements of medical policy met") is billed, but the claim does not say the payer's policy asks for it.`,
        `Remove KX from line ${n}, or record that the payer's policy requires it.`,
        auditSources.modifiers,
        { lineIndex: i, changesLines: true },
      );
    }
    if (line.hcpcs === hcpcsCode) {
      for (const m of line.modifiers.filter((mod) => !knownJ9207Modifiers.has(mod))) {
        add(
          'UNKNOWN_MODIFIER',
          'warning',
          `Line ${n}: modifier ${m} is not one J9207 takes here (JW, JZ, JG, TB, or KX by payer policy).`,
          `Check why ${m} is on line ${n}; remove it if it does not apply.`,
          auditSources.modifiers,
          { lineIndex: i, changesLines: rebuilt },
        );
      }
    }
  });
  if (kxRequired && j9207.some((l) => !has(l, 'KX'))) {
    add(
      'KX_MISSING',
      'error',
      "The payer's policy asks for KX, but a J9207 line does not carry it.",
      `Add KX: ${j9207Fix}.`,
      auditSources.modifiers,
      { changesLines: rebuilt },
    );
  }
  const kinds340B = new Set(j9207.map((l) => (has(l, 'JG') ? 'JG' : has(l, 'TB') ? 'TB' : '')));
  if (kinds340B.size > 1) {
    add(
      'MODIFIER_340B_INCONSISTENT',
      'warning',
      'The J9207 lines differ in their 340B modifier (JG/TB): drug acquired at 340B prices carries it on each line.',
      'Use the same 340B modifier on every J9207 line, or none if the drug was not bought at 340B prices.',
      auditSources.modifier340B,
      { changesLines: rebuilt },
    );
  }
}
