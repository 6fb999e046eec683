// Number formatting shared by widgets and code cells: plain fixed places, and exact imitations of what
// Python's repr and PyTorch's tensor print show, so an on-page output matches the course's Python.

// x with `places` decimals, as Number.prototype.toFixed (ASCII "-", "NaN", "Infinity", "-Infinity").
export function formatFixed(x: number, places: number): string {
  checkPlaces(places);
  return x.toFixed(places);
}

// The shortest decimal that reads back as exactly x (JavaScript's own String(x)).
export function formatFull(x: number): string {
  return String(x);
}

// A list of numbers with fixed places: [0.1192, 0.5000, 0.8808].
export function formatArray(values: readonly number[], places = 4): string {
  return `[${values.map((value) => formatFixed(value, places)).join(', ')}]`;
}

function checkPlaces(places: number): void {
  if (!(Number.isInteger(places) && places >= 0 && places <= 100)) {
    throw new RangeError(`places must be a whole number from 0 to 100, got ${places}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Python's repr(float): the same shortest digits as JavaScript, laid out the way CPython does.

// The shortest round-trip digits of |x| (finite, nonzero) and the decimal point's position:
// |x| = 0.d1d2d3... × 10^point.
function shortestDigits(x: number): { digits: string; point: number } {
  const text = String(Math.abs(x));
  const [mantissa = '', exponent = '0'] = text.split('e');
  const [whole = '', fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  const leadingZeros = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(leadingZeros).replace(/0+$/, '');
  return { digits, point: whole.length - leadingZeros + Number(exponent) };
}

// repr(x) in Python: exponent notation when the decimal exponent is below -4 or at least 16
// (4.5397868702434395e-05, 1e+16), otherwise positional with at least one decimal (1.0, 0.0001).
export function formatPythonFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0.0`;
  const { digits, point } = shortestDigits(x);
  if (point - 1 < -4 || point - 1 >= 16) {
    const rest = digits.length > 1 ? `.${digits.slice(1)}` : '';
    return `${sign}${digits[0]}${rest}e${formatExponent(point - 1)}`;
  }
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

// Python writes an exponent with a sign and at least two digits: e-05, e+16, e+300.
function formatExponent(exponent: number): string {
  return `${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Python's format(x, '.Nf') and format(x, '.Ne'): correctly rounded from the exact binary value,
// ties to even (toFixed breaks ties away from zero, so 0.125 to 2 places differs: Python says 0.12).

// |x| (finite) exactly, as mantissa · 2^exponent with a whole-number mantissa.
function exactBinary(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  const fraction = bits & ((1n << 52n) - 1n);
  if (biased === 0) return { mantissa: fraction, exponent: -1074 };
  return { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

// round(|x| · 10^scale), ties to even, computed exactly in whole numbers.
function roundScaled(x: number, scale: number): bigint {
  const { mantissa, exponent } = exactBinary(x);
  let numerator = mantissa;
  let denominator = 1n;
  if (exponent >= 0) numerator <<= BigInt(exponent);
  else denominator <<= BigInt(-exponent);
  if (scale >= 0) numerator *= 10n ** BigInt(scale);
  else denominator *= 10n ** BigInt(-scale);
  const quotient = numerator / denominator;
  const twiceRemainder = 2n * (numerator % denominator);
  const roundUp = twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n);
  return roundUp ? quotient + 1n : quotient;
}

function pythonSign(x: number): string {
  return x < 0 || Object.is(x, -0) ? '-' : '';
}

function pythonNonFinite(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  return x > 0 ? 'inf' : '-inf';
}

// format(x, f'.{places}f') in Python.
function pythonFixed(x: number, places: number): string {
  if (!Number.isFinite(x)) return pythonNonFinite(x);
  const digits = roundScaled(x, places).toString().padStart(places + 1, '0');
  const body = places > 0 ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return pythonSign(x) + body;
}

// format(x, f'.{places}e') in Python.
function pythonScientific(x: number, places: number): string {
  if (!Number.isFinite(x)) return pythonNonFinite(x);
  let exponent = x === 0 ? 0 : Math.floor(Math.log10(Math.abs(x)));
  let scaled = roundScaled(x, places - exponent);
  // log10 may be off by one near powers of ten, and rounding may carry to 10^(places + 1): re-aim until it fits.
  while (x !== 0 && scaled >= 10n ** BigInt(places + 1)) scaled = roundScaled(x, places - ++exponent);
  while (x !== 0 && scaled < 10n ** BigInt(places)) scaled = roundScaled(x, places - --exponent);
  const digits = scaled.toString().padStart(places + 1, '0');
  const rest = places > 0 ? `.${digits.slice(1)}` : '';
  return `${pythonSign(x)}${digits[0]}${rest}e${formatExponent(exponent)}`;
}

// ---------------------------------------------------------------------------------------------
// PyTorch's print of a 1-D float tensor (torch/_tensor_str.py, default print options: precision
// `places`, line width 80, summarised with 3 items each end beyond 1000 items).

const LINE_WIDTH = 80;
const SUMMARY_THRESHOLD = 1000;
const EDGE_ITEMS = 3;
const PREFIX = 'tensor(';

type Mode = 'integer' | 'fixed' | 'scientific';

// PyTorch's choice: whole numbers print as "2.", a wide spread or extreme sizes switch to exponents.
function tensorMode(values: readonly number[]): Mode {
  const sizes = values.filter((value) => Number.isFinite(value) && value !== 0).map(Math.abs);
  if (sizes.length === 0) return 'integer';
  const largest = Math.max(...sizes);
  const smallest = Math.min(...sizes);
  const wide = largest / smallest > 1000 || largest > 1e8;
  if (sizes.every(Number.isInteger)) return wide ? 'scientific' : 'integer';
  return wide || smallest < 1e-4 ? 'scientific' : 'fixed';
}

function formatTensorItem(value: number, mode: Mode, places: number): string {
  if (mode === 'scientific') return pythonScientific(value, places);
  if (mode === 'fixed') return pythonFixed(value, places);
  return Number.isFinite(value) ? `${pythonFixed(value, 0)}.` : pythonNonFinite(value);
}

// Items are right-aligned to the widest nonzero finite one, as PyTorch does.
function itemWidth(values: readonly number[], mode: Mode, places: number): number {
  const measured = values
    .filter((value) => Number.isFinite(value) && value !== 0)
    .map((value) => formatTensorItem(value, mode, places).length);
  return Math.max(1, ...measured);
}

// print(torch.tensor(values)) with torch.set_printoptions(precision=places): tensor([0.5250, 0.0759, 0.9820]).
export function formatTensor(values: readonly number[], places = 4): string {
  checkPlaces(places);
  const summarise = values.length > SUMMARY_THRESHOLD;
  const shown = summarise ? [...values.slice(0, EDGE_ITEMS), ...values.slice(-EDGE_ITEMS)] : values;
  const mode = tensorMode(shown);
  const width = itemWidth(shown, mode, places);
  const items = shown.map((value) => formatTensorItem(value, mode, places).padStart(width));
  if (summarise) items.splice(EDGE_ITEMS, 0, ' ...');
  const perLine = Math.max(1, Math.floor((LINE_WIDTH - PREFIX.length) / (width + 2)));
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += perLine) lines.push(items.slice(i, i + perLine).join(', '));
  return `${PREFIX}[${lines.join(`,\n${' '.repeat(PREFIX.length + 1)}`)}])`;
}
