/**
 * Worked figures computed from the model data, so arithmetic on a price follows the price: a question names
 * `small: { model, field }` and `blend: { formula: "0.7 * small + 0.3 * large", format: price }`, and its texts
 * say `{blend}`. Formulas are parsed by jsep and allow numbers, names of earlier figures, + − × ÷ and brackets.
 */
import jsep, { type Expression } from 'jsep';

/** `approx` is money rounded to two significant figures, for sums a page introduces with "about". */
export const FIGURE_STYLES = ['price', 'money', 'approx', 'percent', 'number', 'times'] as const;
export type FigureStyle = (typeof FIGURE_STYLES)[number];

export type FigureSpec =
  | { model: string; field: string; where?: string | undefined; historical?: boolean | undefined; format?: FigureStyle | undefined }
  | { formula: string; format?: FigureStyle | undefined };

export interface ResolvedFigure {
  value: number;
  text: string;
}

const OPERATORS: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
};

/** Parses a formula, or says in one line why it is not one (unknown syntax, a name not yet defined). */
export function parseFormula(formula: string, known: ReadonlySet<string>): { ok: true; tree: Expression } | { ok: false; error: string } {
  let tree: Expression;
  try {
    tree = jsep(formula);
  } catch (error) {
    return { ok: false, error: `"${formula}" is not a formula: ${(error as Error).message}` };
  }
  const problem = check(tree, known);
  return problem ? { ok: false, error: `"${formula}": ${problem}` } : { ok: true, tree };
}

function check(node: Expression, known: ReadonlySet<string>): string | undefined {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'number' ? undefined : `${String(node.raw)} is not a number`;
    case 'Identifier':
      return known.has(node.name as string) ? undefined : `"${String(node.name)}" is not a figure defined above it`;
    case 'UnaryExpression':
      return node.operator === '-' ? check(node.argument as Expression, known) : `the operator ${String(node.operator)} is not arithmetic`;
    case 'BinaryExpression':
      if (!(String(node.operator) in OPERATORS)) return `the operator ${String(node.operator)} is not one of + - * /`;
      return check(node.left as Expression, known) ?? check(node.right as Expression, known);
    default:
      return `${node.type} is not allowed; use numbers, figure names, + - * / and brackets`;
  }
}

function evaluate(node: Expression, values: ReadonlyMap<string, number>): number {
  switch (node.type) {
    case 'Literal':
      return node.value as number;
    case 'Identifier':
      return values.get(node.name as string)!;
    case 'UnaryExpression':
      return -evaluate(node.argument as Expression, values);
    default:
      return OPERATORS[node.operator as string]!(evaluate(node.left as Expression, values), evaluate(node.right as Expression, values));
  }
}

/** The problems of a set of figures taken alone, in order: formulas that do not parse or use a later name. */
export function figureSpecProblems(figures: Readonly<Record<string, FigureSpec>>): { name: string; error: string }[] {
  const known = new Set<string>();
  const problems: { name: string; error: string }[] = [];
  for (const [name, spec] of Object.entries(figures)) {
    if ('formula' in spec) {
      const parsed = parseFormula(spec.formula, known);
      if (!parsed.ok) problems.push({ name, error: parsed.error });
    }
    known.add(name);
  }
  return problems;
}

/** Placeholders such as `{blend}` in a text. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z_][\w]*)\}/g)].map((m) => m[1]!);
}

export interface FigureFormatters {
  price: (n: number) => string;
  money: (n: number) => string;
  percent: (n: number) => string;
  number: (n: number) => string;
}

/**
 * Every figure's value and text, in order. `priceOf` reads a model's price (and throws, naming the model and
 * field, when it has none); a formula that divides by zero or overflows throws too.
 */
export function resolveFigures(
  figures: Readonly<Record<string, FigureSpec>>,
  priceOf: (spec: Extract<FigureSpec, { model: string }>) => number,
  format: FigureFormatters,
): Map<string, ResolvedFigure> {
  const values = new Map<string, number>();
  const resolved = new Map<string, ResolvedFigure>();
  for (const [name, spec] of Object.entries(figures)) {
    let value: number;
    if ('formula' in spec) {
      const parsed = parseFormula(spec.formula, new Set(values.keys()));
      if (!parsed.ok) throw new Error(`figure "${name}": ${parsed.error}`);
      value = evaluate(parsed.tree, values);
      if (!Number.isFinite(value)) throw new Error(`figure "${name}": "${spec.formula}" is not a finite number`);
    } else {
      value = priceOf(spec);
    }
    values.set(name, value);
    resolved.set(name, { value, text: formatFigure(value, spec.format ?? ('formula' in spec ? 'number' : 'price'), format) });
  }
  return resolved;
}

function formatFigure(value: number, kind: FigureStyle, format: FigureFormatters): string {
  if (kind === 'times') return `${format.number(value)}×`;
  if (kind === 'approx') return format.money(Number(value.toPrecision(2)));
  return format[kind](value);
}

/** The text with each `{name}` replaced by its figure; an unknown name throws. */
export function fillFigures(text: string, figures: ReadonlyMap<string, ResolvedFigure>): string {
  return text.replace(/\{([A-Za-z_][\w]*)\}/g, (whole, name: string) => {
    const figure = figures.get(name);
    if (!figure) throw new Error(`${whole} names no figure`);
    return figure.text;
  });
}
