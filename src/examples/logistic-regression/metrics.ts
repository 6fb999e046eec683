// Scores for ten scans (the model's probability of disease) and the
// truth: the confusion matrix at two thresholds, and the AUC, which
// needs no threshold at all.
import { confusionMatrix, rocAuc } from 's-curve/math';

const scores = [0.95, 0.85, 0.8, 0.7, 0.6, 0.45, 0.4, 0.3, 0.2, 0.1];
const labels = [1, 1, 0, 1, 0, 1, 0, 0, 0, 0];

for (const t of [0.5, 0.35]) {
  const m = confusionMatrix(scores, labels, t);
  const counts = `TP ${m.tp} FP ${m.fp} TN ${m.tn} FN ${m.fn}`;
  const precision = `precision ${m.precision.toFixed(3)}`;
  console.log(`t = ${t}: ${counts}, ${precision}, recall ${m.recall.toFixed(3)}`);
}
console.log(`AUC = ${rocAuc(scores, labels).toFixed(3)}`);
