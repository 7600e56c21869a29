// What words a user reads must never carry: a repository path or file name, an internal check code,
// an HTTP status, or a number with more decimals than a clinician writes. One place for the rules
// the scan tests apply to every user-visible string.

/** A repository folder followed by a slash, or a file name ending in .md, .ts, .tsx, .js, .json or .csv. */
const pathPattern = /(?:\b(?:shared|src|docs|public|tests?)\/)|(?:\b[\w-]+\.(?:md|ts|tsx|js|json|csv)\b)/i;
/** An internal code: two or more capitals joined by underscores ("ANC_TOO_LOW"). */
const codePattern = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/;
/** An HTTP status as users should never see it. */
const httpPattern = /\bHTTP\s*\d{3}\b/i;
/** A number with 5 or more decimals. */
const longDecimalPattern = /\d\.\d{5,}/;

export type Problem = { kind: 'path' | 'code' | 'http' | 'precision'; match: string };

/** Each line of `text` with a bracket inside a bracket ("BSA (Mosteller (1987))"). */
export function nestedBrackets(text: string): string[] {
  return text.split('\n').filter((line) => {
    let depth = 0;
    for (const ch of line) {
      if (ch === '(') depth += 1;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      if (depth > 1) return true;
    }
    return false;
  });
}

/** Each problem in `text`, in that order; empty when the text is fit for a user. */
export function userVisibleProblems(text: string): Problem[] {
  const problems: Problem[] = [];
  const add = (kind: Problem['kind'], pattern: RegExp) => {
    const m = pattern.exec(text);
    if (m) problems.push({ kind, match: m[0] });
  };
  add('path', pathPattern);
  add('code', codePattern);
  add('http', httpPattern);
  add('precision', longDecimalPattern);
  return problems;
}
