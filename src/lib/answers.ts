// Reads a learner's numeric answer: a plain number or a small arithmetic expression such as 1/(1+exp(-2)).
// A hand-written recursive-descent parser; it never calls eval, so typed text cannot run as code.

export type ParsedAnswer = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' };

const functions: Record<string, (x: number) => number> = {
  exp: Math.exp,
  log: Math.log,
  ln: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  tanh: Math.tanh,
};

const constants: Record<string, number> = { e: Math.E, pi: Math.PI };

const MAX_LENGTH = 200;

class Parser {
  private position = 0;
  constructor(private readonly text: string) {}

  parse(): number {
    const value = this.sum();
    this.skipSpace();
    if (this.position !== this.text.length) throw new SyntaxError('trailing input');
    return value;
  }

  private skipSpace(): void {
    while (this.text[this.position] === ' ') this.position++;
  }

  private peek(): string {
    this.skipSpace();
    return this.text[this.position] ?? '';
  }

  // sum := product (("+" | "-") product)*
  private sum(): number {
    let value = this.product();
    for (let op = this.peek(); op === '+' || op === '-'; op = this.peek()) {
      this.position++;
      const right = this.product();
      value = op === '+' ? value + right : value - right;
    }
    return value;
  }

  // product := unary (("*" | "/") unary)*
  private product(): number {
    let value = this.unary();
    for (let op = this.peek(); op === '*' || op === '/'; op = this.peek()) {
      this.position++;
      const right = this.unary();
      value = op === '*' ? value * right : value / right;
    }
    return value;
  }

  // unary := ("-" | "+") unary | power
  private unary(): number {
    const op = this.peek();
    if (op === '-' || op === '+') {
      this.position++;
      const value = this.unary();
      return op === '-' ? -value : value;
    }
    return this.power();
  }

  // power := atom ("^" unary)?   (right-associative, so 2^-1 and 2^3^2 read as in mathematics)
  private power(): number {
    const base = this.atom();
    if (this.peek() === '^') {
      this.position++;
      return base ** this.unary();
    }
    return base;
  }

  // atom := number | name "(" sum ")" | name | "(" sum ")"
  private atom(): number {
    const next = this.peek();
    if (next === '(') {
      this.position++;
      const value = this.sum();
      this.expect(')');
      return value;
    }
    const rest = this.text.slice(this.position);
    const number = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?/i.exec(rest);
    if (number) {
      this.position += number[0].length;
      return Number(number[0]);
    }
    const name = /^[a-z]+/i.exec(rest)?.[0].toLowerCase();
    if (name === undefined) throw new SyntaxError('unexpected character');
    this.position += name.length;
    const fn = functions[name];
    if (fn) {
      this.expect('(');
      const value = fn(this.sum());
      this.expect(')');
      return value;
    }
    const constant = constants[name];
    if (constant === undefined) throw new SyntaxError(`unknown name ${name}`);
    return constant;
  }

  private expect(char: string): void {
    if (this.peek() !== char) throw new SyntaxError(`expected ${char}`);
    this.position++;
  }
}

export function parseAnswer(input: string): ParsedAnswer {
  const text = input.trim().replace(/\s+/g, ' ').replace(/[−–]/g, '-').replace(/×/g, '*').replace(/,(?=\d{3}\b)/g, '');
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length > MAX_LENGTH) return { ok: false, reason: 'invalid' };
  try {
    const value = new Parser(text).parse();
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'invalid' };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

// |given - expected| <= tolerance, the absolute tolerance an exercise states.
export function isCloseEnough(given: number, expected: number, tolerance: number): boolean {
  return Math.abs(given - expected) <= tolerance;
}
