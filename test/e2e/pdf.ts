// Reads PDFs the browser prints: text per page with pdfjs-dist (legacy build, for Node), and a page rendered to
// PNG on pdfjs's own Node canvas (@napi-rs/canvas, its dependency), with its mean brightness, so a test can
// tell paper-white from a dark theme.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What pdfjs's Node canvas factory hands out: an @napi-rs/canvas canvas and its 2D context. */
interface NodeCanvas {
  canvas: HTMLCanvasElement & { toBuffer: (type: 'image/png') => Buffer };
  context: CanvasRenderingContext2D;
}

export interface PdfText {
  pages: number;
  /** Each page's text items joined with spaces. */
  pageTexts: string[];
  /** Every page's text, separated by newlines. */
  text: string;
}

async function open(data: Uint8Array) {
  // pdfjs transfers the buffer to its worker, so it gets a copy.
  const task = getDocument({ data: new Uint8Array(data), verbosity: 0 });
  const doc = await task.promise;
  return Object.assign(doc, { close: () => task.destroy() });
}

export async function readPdf(data: Uint8Array): Promise<PdfText> {
  const doc = await open(data);
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  const pages = doc.numPages;
  await doc.close();
  return { pages, pageTexts: texts, text: texts.join('\n') };
}

export interface RenderedPage {
  png: Buffer;
  /** Mean of the R, G and B channels over every pixel, 0 (black) to 255 (white). */
  brightness: number;
  /** Share of pixels dark enough to be ink (every channel below 96): text in light grey has none. */
  ink: number;
}

export async function renderPdfPage(data: Uint8Array, pageNumber: number, scale = 1.2): Promise<RenderedPage> {
  const doc = await open(data);
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale });
  const factory = doc.canvasFactory as unknown as { create: (width: number, height: number) => NodeCanvas };
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvas, viewport }).promise;
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let sum = 0;
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
    sum += r + g + b;
    if (r < 96 && g < 96 && b < 96) dark++;
  }
  const count = pixels.length / 4;
  await doc.close();
  return { png: canvas.toBuffer('image/png'), brightness: sum / (count * 3), ink: dark / count };
}

/** Text with every run of whitespace removed: PDF text breaks lines and splits runs where the page did not. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
