/** rules.md §13 fee examples (诉讼费用交纳办法第13、14、16条). */
import * as assert from 'assert';
import Decimal from 'decimal.js';
import { courtFee, enforcementFee, preservationFee } from '../../../src/core/law/fees';

const f = (x: number | string) => {
  const c = courtFee(new Decimal(x));
  return [c.ordinary.toFixed(2), c.simplified.toFixed(2), c.paymentOrder.toFixed(2)];
};

describe('court fees', () => {
  it('X = 50,000 → 1,050; halved 525; payment order 350', () => assert.deepStrictEqual(f(50000), ['1050.00', '525.00', '350.00']));
  it('X = 150,000 → 3,300; 1,650; 1,100', () => assert.deepStrictEqual(f(150000), ['3300.00', '1650.00', '1100.00']));
  it('X = 1,234,567 → 15,911.103 → 15,911.10; 7,955.55; 5,303.70', () => {
    assert.deepStrictEqual(f(1234567), ['15911.10', '7955.55', '5303.70']);
    assert.strictEqual(courtFee(new Decimal(1234567)).exact.toString(), '15911.103');
  });
  it('the first bracket is 50 per case, up to 10,000', () => {
    assert.deepStrictEqual(f(10000), ['50.00', '25.00', '16.67']);
    assert.deepStrictEqual(f('0.01'), ['50.00', '25.00', '16.67']);
  });
  it('bracket tops: 100,000 → 2,300; 200,000 → 4,300; 20,000,000 → 141,800; above at 0.5 %', () => {
    assert.strictEqual(f(100000)[0], '2300.00');
    assert.strictEqual(f(200000)[0], '4300.00');
    assert.strictEqual(f(20000000)[0], '141800.00');
    assert.strictEqual(f(30000000)[0], '191800.00');
  });
  it('preservation: 50,000 → 520; 150,000 → 1,270; capped at 5,000 from 896,000', () => {
    assert.deepStrictEqual([50000, 150000, 896000, 10000000].map((x) => preservationFee(new Decimal(x)).toFixed(2)), ['520.00', '1270.00', '5000.00', '5000.00']);
    assert.strictEqual(preservationFee(new Decimal(895000)).toFixed(2), '4995.00');
  });
  it('enforcement: 1,234,567 → 14,745.67', () => assert.strictEqual(enforcementFee(new Decimal(1234567)).toFixed(2), '14745.67'));
});
