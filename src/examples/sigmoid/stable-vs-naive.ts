// The textbook formula against the stable one, at inputs where floating point bites.
import {
  logSigmoid,
  naiveLogSigmoid,
  naiveSigmoidDerivative,
  naiveSigmoidRatio,
  sigmoid,
  sigmoidDerivative,
} from 's-curve/math';

console.log('exp(800) =', Math.exp(800), ' (larger than the largest double, about 1.8e308)');
console.log('e^x / (1 + e^x) at 800:', naiveSigmoidRatio(800), ' stable:', sigmoid(800));
console.log('log σ(-800), naive:', naiveLogSigmoid(-800), ' stable:', logSigmoid(-800));
console.log("σ'(40) as σ(1 - σ):", naiveSigmoidDerivative(40), ' stable:', sigmoidDerivative(40));
