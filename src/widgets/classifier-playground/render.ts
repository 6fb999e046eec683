// Draws the playground on its canvas: the probability map (a small image of NODES × NODES pixels, scaled up with
// smoothing), the decision boundary, the points and the keyboard cross-hair. Colours come from the theme tokens.
import { NODES, boundarySegments, fillLogits, parseHexColour, shadeLogits, type MapColours, type MapModel, type Rgb } from './map.ts';
import type { Domain, LabeledPoint } from './model.ts';

export interface Scene {
  domain: Domain;
  model: MapModel;
  points: readonly LabeledPoint[];
  /** The cross-hair, or null when it is hidden. */
  cursor: { x1: number; x2: number } | null;
}

interface Theme {
  map: MapColours;
  fg: string;
  surface: string;
  one: string;
  zero: string;
}

export interface Painter {
  draw: (scene: Scene) => void;
  /** Data coordinates under a point given in CSS px from the canvas's top-left corner. */
  toData: (x: number, y: number, domain: Domain) => { x1: number; x2: number };
  /** How many data units `px` CSS pixels span. */
  dataPerPixel: (domain: Domain) => number;
  /** Maps drawn so far (the controller shows it as data-frames for tests and the benchmark). */
  readonly frames: number;
  destroy: () => void;
}

const FALLBACK: Record<string, Rgb> = { surface: [255, 255, 255], accent: [31, 95, 191], 'accent-2': [179, 71, 15] };

function readTheme(): Theme {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string): string => style.getPropertyValue(`--color-${name}`).trim();
  const rgb = (name: string): Rgb => parseHexColour(token(name)) ?? FALLBACK[name] ?? [128, 128, 128];
  return {
    map: { base: rgb('surface'), one: rgb('accent'), zero: rgb('accent-2') },
    fg: token('fg') || '#1b1d21',
    surface: token('surface') || '#ffffff',
    one: token('accent') || '#1f5fbf',
    zero: token('accent-2') || '#b3470f',
  };
}

export function createPainter(canvas: HTMLCanvasElement, onThemeChange: () => void): Painter {
  const context = canvas.getContext('2d');
  const image = document.createElement('canvas');
  image.width = NODES;
  image.height = NODES;
  const imageContext = image.getContext('2d');
  if (context === null || imageContext === null) throw new Error('The playground needs a 2D canvas.');
  const pixels = imageContext.createImageData(NODES, NODES);
  const logits = new Float64Array(NODES * NODES);
  let theme = readTheme();
  /** Counts theme changes, so the points layer is redrawn in the new colours. */
  let themeVersion = 0;
  let frames = 0;

  const restyle = (): void => {
    theme = readTheme();
    themeVersion++;
    onThemeChange();
  };
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const observer = new MutationObserver(restyle);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  media.addEventListener('change', restyle);

  // The backing store follows the laid-out size and the device's pixel ratio, so points stay crisp.
  const fit = (): number => {
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(canvas.clientWidth * ratio));
    const height = Math.max(1, Math.round(canvas.clientHeight * ratio));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    return ratio;
  };

  const layer = document.createElement('canvas');
  const layerContext = layer.getContext('2d');
  if (layerContext === null) throw new Error('The playground needs a 2D canvas.');
  let layerPoints: readonly LabeledPoint[] | null = null;
  let layerKey = '';

  const drawPoints = (points: readonly LabeledPoint[], px: (x1: number) => number, py: (x2: number) => number, ratio: number): void => {
    layer.width = canvas.width;
    layer.height = canvas.height;
    const radius = (points.length > 300 ? 3.5 : 5) * ratio;
    for (const label of [0, 1] as const) {
      layerContext.beginPath();
      for (const point of points) {
        if (point.label !== label) continue;
        const x = px(point.x1);
        const y = py(point.x2);
        if (label === 1) {
          layerContext.moveTo(x + radius, y);
          layerContext.arc(x, y, radius, 0, 2 * Math.PI);
        } else {
          layerContext.rect(x - radius * 0.9, y - radius * 0.9, radius * 1.8, radius * 1.8);
        }
      }
      layerContext.fillStyle = label === 1 ? theme.one : theme.zero;
      layerContext.fill();
      layerContext.strokeStyle = theme.surface;
      layerContext.lineWidth = 1.25 * ratio;
      layerContext.stroke();
    }
  };

  const draw = (scene: Scene): void => {
    const ratio = fit();
    const { width, height } = canvas;
    const { domain } = scene;
    const px = (x1: number): number => ((x1 - domain.min1) / (domain.max1 - domain.min1)) * width;
    const py = (x2: number): number => ((domain.max2 - x2) / (domain.max2 - domain.min2)) * height;

    fillLogits(scene.model, domain, logits);
    shadeLogits(logits, theme.map, pixels.data);
    imageContext.putImageData(pixels, 0, 0);
    context.imageSmoothingEnabled = true;
    // Pixel centres are the nodes, which lie on the domain's edges: the first and last half pixels fall outside.
    context.drawImage(image, 0.5, 0.5, NODES - 1, NODES - 1, 0, 0, width, height);

    const segments = boundarySegments(logits, domain);
    if (segments.length > 0) {
      context.beginPath();
      for (let k = 0; k + 3 < segments.length; k += 4) {
        context.moveTo(px(segments[k] as number), py(segments[k + 1] as number));
        context.lineTo(px(segments[k + 2] as number), py(segments[k + 3] as number));
      }
      context.lineCap = 'round';
      context.strokeStyle = theme.surface;
      context.lineWidth = 6 * ratio;
      context.stroke();
      context.strokeStyle = theme.fg;
      context.lineWidth = 2.5 * ratio;
      context.stroke();
    }

    // Rasterising a thousand outlined dots in software costs tens of ms; they only change when the points, the
    // size or the theme do, so they are drawn once to their own layer and copied in every frame.
    const key = `${width}x${height}:${themeVersion}:${domain.min1},${domain.max1},${domain.min2},${domain.max2}`;
    if (scene.points !== layerPoints || key !== layerKey) {
      drawPoints(scene.points, px, py, ratio);
      layerPoints = scene.points;
      layerKey = key;
    }
    context.drawImage(layer, 0, 0);

    if (scene.cursor !== null) {
      const x = px(scene.cursor.x1);
      const y = py(scene.cursor.x2);
      const arm = 10 * ratio;
      context.beginPath();
      context.moveTo(x - arm, y);
      context.lineTo(x + arm, y);
      context.moveTo(x, y - arm);
      context.lineTo(x, y + arm);
      context.strokeStyle = theme.surface;
      context.lineWidth = 4 * ratio;
      context.stroke();
      context.strokeStyle = theme.fg;
      context.lineWidth = 1.75 * ratio;
      context.stroke();
    }
    frames++;
  };

  return {
    draw,
    toData: (x, y, domain) => ({
      x1: domain.min1 + (x / Math.max(1, canvas.clientWidth)) * (domain.max1 - domain.min1),
      x2: domain.max2 - (y / Math.max(1, canvas.clientHeight)) * (domain.max2 - domain.min2),
    }),
    dataPerPixel: (domain) => (domain.max1 - domain.min1) / Math.max(1, canvas.clientWidth),
    get frames() {
      return frames;
    },
    destroy: () => {
      observer.disconnect();
      media.removeEventListener('change', restyle);
    },
  };
}
