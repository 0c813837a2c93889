import { useRef, type KeyboardEvent, type MouseEvent } from "react";

/**
 * A native `<details>` menu (it opens without JavaScript, by mouse, touch and keyboard) that, once hydrated, also
 * closes as a menu should: on Escape, focus back on its button, and when one of its links is followed (the header
 * stays on screen across client-side navigations, so an open menu would stay open over the next page).
 */
export function useDisclosureClosing() {
  const ref = useRef<HTMLDetailsElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const details = ref.current;
    if (event.key !== "Escape" || !details?.open) return;
    details.open = false;
    details.querySelector("summary")?.focus();
  };
  const onClick = (event: MouseEvent<HTMLDetailsElement>) => {
    if (ref.current && event.target instanceof Element && event.target.closest("a")) ref.current.open = false;
  };
  return { ref, onKeyDown, onClick };
}
