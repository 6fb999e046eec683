// TypeScript twin of the matplotlib example:
//   x = np.linspace(-10, 10, 200); plt.plot(x, sigmoid(x))
//   plt.axhline(0.5, linestyle='--'); plt.title('Sigmoid'); plt.show()
import { sigmoid } from 's-curve/math';

const x = Array.from({ length: 200 }, (_, i) => -10 + (20 * i) / 199);

plot({
  title: 'Sigmoid',
  x,
  series: [
    { label: 'σ(x)', y: x.map(sigmoid) },
    { label: 'y = 0.5', y: x.map(() => 0.5), dashed: true },
  ],
});
