// The second entry's messages give their example in the unit the second nurse chose.
import { describe, expect, it } from 'vitest';
import { evaluateSecondEntry, secondCheckDefaults } from './second-check.resource';

describe('second entry: format messages in the unit chosen', () => {
  it('pounds and inches get examples in pounds and inches; cm and kg in cm and kg', () => {
    const base = { ...secondCheckDefaults(), dose: '40', initials: 'CD' };
    const imperial = evaluateSecondEntry({
      ...base,
      height: '5x',
      heightUnit: 'in',
      weight: '15o',
      weightUnit: 'lb',
    });
    expect(!imperial.ok && imperial.errors).toMatchObject({
      height: 'Enter the height in inches as a number, e.g. 66 or 5 ft 6 in.',
      weight: 'Enter the weight in pounds (lb) as a number, e.g. 154 or 154,5.',
    });
    const metric = evaluateSecondEntry({ ...base, height: '17o', weight: '7o' });
    expect(!metric.ok && metric.errors).toMatchObject({
      height: 'Enter the height in cm as a number, e.g. 170 or 172,5.',
      weight: 'Enter the weight in kg as a number, e.g. 70 or 72,5.',
    });
  });
});
