"use client";

import { type ComponentPropsWithoutRef, useEffect, useRef } from "react";

type SyncedSelectProps = Omit<ComponentPropsWithoutRef<"select">, "value" | "defaultValue"> & {
  /** The value the URL gives: the select shows it after every navigation, not only the first render. */
  value: string;
};

/**
 * An uncontrolled select of a GET form (it works without JavaScript) that follows the URL: after a navigation
 * in the app (a removed filter's link, a change applied at once), React keeps the element and would leave the
 * old choice showing, which the next submit would send again. It follows only a value that changed after it
 * hydrated: a choice made in the server's HTML before the scripts ran is kept, not reset to the URL's.
 */
export function SyncedSelect({ value, ...props }: SyncedSelectProps) {
  const select = useRef<HTMLSelectElement>(null);
  const followed = useRef(value);
  useEffect(() => {
    if (followed.current === value) return;
    followed.current = value;
    if (select.current) select.current.value = value;
  }, [value]);
  return <select ref={select} defaultValue={value} {...props} />;
}
