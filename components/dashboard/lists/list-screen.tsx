import type { ReactNode } from "react";

import { PageFailureView } from "~/components/errors/page-failure";
import type { PageFailure } from "~/server/pages/page-data";
import { LIST_TITLE_ID, SearchableList, type ListResult } from "./searchable-list";

type ListScreenProps<T> = Omit<Parameters<typeof SearchableList<T>>[0], "result"> & {
  title: string;
  intro: ReactNode;
  loaded: { data: ListResult<T> } | { failure: PageFailure };
};

/** A list screen of the producer area: its title and introduction, then the list, or why it could not load. */
export function ListScreen<T>({ title, intro, loaded, ...list }: ListScreenProps<T>) {
  if ("failure" in loaded) return <PageFailureView failure={loaded.failure} retryHref={list.path} />;
  return (
    <>
      <h1 id={LIST_TITLE_ID} className="text-3xl font-bold">
        {title}
      </h1>
      <p className="mt-3 max-w-3xl">{intro}</p>
      <SearchableList {...list} result={loaded.data} />
    </>
  );
}
