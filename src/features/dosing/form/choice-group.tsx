// A group of radio buttons drawn as large segments (≥ 44 px, easy with gloves), with a group name
// for assistive technology and optional visible legend.
import type { UseFormRegisterReturn } from 'react-hook-form';

type Option = { value: string; label: string };

type ChoiceGroupProps = {
  idPrefix: string;
  /** The group's name for assistive technology (visible when `showLegend`). */
  legend: string;
  showLegend?: boolean;
  options: readonly Option[];
  registration: UseFormRegisterReturn;
  className?: string;
};

export function ChoiceGroup({
  idPrefix,
  legend,
  showLegend = false,
  options,
  registration,
  className,
}: ChoiceGroupProps) {
  return (
    <fieldset className={`choice${className ? ` ${className}` : ''}`}>
      <legend className={showLegend ? 'choice__legend' : 'visually-hidden'}>{legend}</legend>
      <div className="choice__options">
        {options.map((option) => {
          const id = `${idPrefix}-${option.value}`;
          return (
            <span className="choice__option" key={option.value}>
              <input type="radio" id={id} value={option.value} {...registration} />
              <label htmlFor={id}>{option.label}</label>
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}
