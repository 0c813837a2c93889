"use client";

import { useLayoutEffect, useRef } from "react";
import {
  type FieldValues,
  get,
  set,
  type Path,
  type PathValue,
  type RegisterOptions,
  useForm,
  type UseFormProps,
  type UseFormRegisterReturn,
  type UseFormReturn,
} from "react-hook-form";

/** A registered field's props, with its value for the server's HTML. */
type TypedFieldProps<Name extends string> = UseFormRegisterReturn<Name> & { defaultValue?: string };

/** react-hook-form's form, whose `register` gives each field its value in the server's HTML (see useTypedForm). */
export type TypedForm<Input extends FieldValues, Output> = Omit<UseFormReturn<Input, unknown, Output>, "register"> & {
  register: <Name extends Path<Input>>(name: Name, options?: RegisterOptions<Input, Name>) => TypedFieldProps<Name>;
  /** `values` (a draft to restore, say) with what was typed before hydration over them: typing wins. */
  withTyped: (values: Input) => Input;
};

const textOf = (value: unknown): string | undefined =>
  typeof value === "string" || typeof value === "number" ? String(value) : undefined;

/**
 * react-hook-form's useForm, for forms that nothing a person types may be lost from:
 * - each registered field carries its default value as `defaultValue`, so the server's HTML shows it (no empty
 *   fields that fill in once the scripts run);
 * - what was typed into a field before hydration is kept: react-hook-form writes the default value into a field
 *   when it registers it, so the field's text is read first, and given back to the form once it is mounted;
 * - a field that shows an error checks itself again at each change, so the error goes as soon as the value is
 *   valid (not only when the field loses focus).
 */
export function useTypedForm<Input extends FieldValues, Output>(
  options: UseFormProps<Input, unknown, Output>,
): TypedForm<Input, Output> {
  const form = useForm<Input, unknown, Output>(options);
  const typed = useRef(new Map<Path<Input>, string>());
  const hydrating = useRef(true);

  useLayoutEffect(() => {
    hydrating.current = false;
    for (const [name, value] of typed.current) {
      form.setValue(name, value as PathValue<Input, Path<Input>>, { shouldDirty: true, shouldTouch: true });
    }
  }, [form]);

  function withTyped(values: Input): Input {
    const merged = structuredClone(values);
    for (const [name, value] of typed.current) set(merged, name, value);
    return merged;
  }

  function register<Name extends Path<Input>>(name: Name, fieldOptions?: RegisterOptions<Input, Name>) {
    const field = form.register(name, fieldOptions);
    const defaultValue = textOf(get(form.formState.defaultValues, name));
    return {
      ...field,
      defaultValue,
      ref: (element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null) => {
        if (element && hydrating.current && element.value !== (defaultValue ?? "")) {
          typed.current.set(name, element.value);
        }
        field.ref(element);
      },
      onChange: async (event: { target: unknown; type?: unknown }) => {
        await field.onChange(event);
        if (form.getFieldState(name).error) await form.trigger(name);
      },
    };
  }

  return { ...form, register, withTyped };
}
