// Re-checks related fields after a change, but only those the user has already left: a unit
// switched before the height is typed must not raise "Enter the height" (and shift the layout
// under the next tap).
import type { UseFormReturn } from 'react-hook-form';
import type { DosingField, DosingFormValues } from './dosing-form.resource';

export function revalidateTouched(
  form: Pick<UseFormReturn<DosingFormValues>, 'getFieldState' | 'trigger'>,
  names: readonly DosingField[],
) {
  const touched = names.filter((name) => form.getFieldState(name).isTouched);
  if (touched.length > 0) void form.trigger(touched);
}
