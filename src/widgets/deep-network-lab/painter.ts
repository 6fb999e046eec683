// Draws the lab's decision map on a canvas: the GRID × GRID map as a small ImageData scaled up with smoothing,
// then the data points (class 1 circles, class 0 squares), kept on a layer of their own since they do not change.
// Colours come from the theme tokens and follow it. The canvas's size is tracked with a ResizeObserver, so drawing
// never reads layout (which, after the readouts changed, would force the browser to lay the page out mid-frame).
import type { Dataset } from '../../lib/math/datasets.ts';
import { parseHexColour, shadeMap, type MapColours, type Rgb } from './map.ts';
import type { Domain } from './session.ts';

export interface MapPainter {
  draw: (map: Float32Array | null, data: Dataset, domain: Domain) => void;
  destroy: () => void;
}

const FALLBACK: Record<string, Rgb> = { surface: [255, 255, 255], accent: [31, 95, 191], 'accent-2': [179, 71, 15] };

interface Theme {
  map: MapColours;
  one: string;
  zero: string;
  surface: string;
}

function readTheme(): Theme {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string): string => style.getPropertyValue(`--color-${name}`).trim();
  const rgb = (name: string): Rgb => parseHexColour(token(name)) ?? FALLBACK[name] ?? [128, 128, 128];
  return {
    map: { base: rgb('surface'), one: rgb('accent'), zero: rgb('accent-2') },
    one: token('accent') || '#1f5fbf',
    zero: token('accent-2') || '#b3470f',
    surface: token('surface') || '#ffffff',
  };
}

/** onChange: the theme or the canvas's size changed, so the map needs drawing again. */
export function createMapPainter(canvas: HTMLCanvasElement, nodes: number, onChange: () => void): MapPainter {
  const context = canvas.getContext('2d');
  const image = document.createElement('canvas');
  image.width = nodes;
  image.height = nodes;
  const imageContext = image.getContext('2d');
  if (context === null || imageContext === null) throw new Error('The lab needs a 2D canvas.');
  const pixels = imageContext.createImageData(nodes, nodes);
  let theme = readTheme();
  const restyle = (): void => {
    theme = readTheme();
    onChange();
  };
  let cssWidth = canvas.clientWidth;
  let cssHeight = canvas.clientHeight;
  const resizes = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]!.contentRect;
    if (box.width === cssWidth && box.height === cssHeight) return;
    cssWidth = box.width;
    cssHeight = box.height;
    onChange();
  });
  resizes.observe(canvas);
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const observer = new MutationObserver(restyle);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  media.addEventListener('change', restyle);

  // The points never change while a network trains: drawn once per data set, size and theme onto their own layer.
  const points = document.createElement('canvas');
  const pointsContext = points.getContext('2d');
  if (pointsContext === null) throw new Error('The lab needs a 2D canvas.');
  let pointsKey: { data: Dataset; width: number; height: number; theme: Theme } | null = null;

  const drawPoints = (data: Dataset, domain: Domain, width: number, height: number, ratio: number): void => {
    if (pointsKey?.data === data && pointsKey.width === width && pointsKey.height === height && pointsKey.theme === theme) return;
    pointsKey = { data, width, height, theme };
    points.width = width;
    points.height = height;
    pointsContext.clearRect(0, 0, width, height);
    const px = (x1: number): number => ((x1 - domain.min1) / (domain.max1 - domain.min1)) * width;
    const py = (x2: number): number => ((domain.max2 - x2) / (domain.max2 - domain.min2)) * height;
    const radius = 2.8 * ratio;
    for (const label of [0, 1] as const) {
      pointsContext.beginPath();
      data.X.forEach(([x1 = 0, x2 = 0], k) => {
        if (data.y[k] !== label) return;
        const x = px(x1);
        const y = py(x2);
        if (label === 1) {
          pointsContext.moveTo(x + radius, y);
          pointsContext.arc(x, y, radius, 0, 2 * Math.PI);
        } else {
          pointsContext.rect(x - radius * 0.9, y - radius * 0.9, radius * 1.8, radius * 1.8);
        }
      });
      pointsContext.fillStyle = label === 1 ? theme.one : theme.zero;
      pointsContext.fill();
      pointsContext.strokeStyle = theme.surface;
      pointsContext.lineWidth = ratio;
      pointsContext.stroke();
    }
  };

  const draw = (map: Float32Array | null, data: Dataset, domain: Domain): void => {
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(cssWidth * ratio));
    const height = Math.max(1, Math.round(cssHeight * ratio));
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.fillStyle = theme.surface;
    context.fillRect(0, 0, width, height);
    if (map !== null && map.length === nodes * nodes) {
      shadeMap(map, theme.map, pixels.data);
      imageContext.putImageData(pixels, 0, 0);
      context.imageSmoothingEnabled = true;
      // Node centres lie on the domain's edges: the outer half pixels fall outside the square.
      context.drawImage(image, 0.5, 0.5, nodes - 1, nodes - 1, 0, 0, width, height);
    }
    drawPoints(data, domain, width, height, ratio);
    context.drawImage(points, 0, 0);
  };

  return {
    draw,
    destroy: () => {
      observer.disconnect();
      resizes.disconnect();
      media.removeEventListener('change', restyle);
    },
  };
}
