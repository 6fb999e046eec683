// The public math API of S-Curve: every widget and code cell imports from here ('s-curve/math').
export * from './activations.ts';
export * from './softmax.ts';
export * from './losses.ts';
export * from './naive.ts';
export * from './random.ts';
