import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import {
  addReuseDataset,
  createReuse,
  datasetRefSchema,
  getReuse,
  updateReuse,
  uploadReuseImage,
} from "~/server/datagouv";
import { reuseProtectedProcedure } from "~/server/api/lib/reuse-procedures";
import { changedReuse, updateEffect } from "~/server/cache/reuse-write";
import { addDatasetsInput, createInput, imageUploadInput, removeDatasetInput, updateInput } from "./inputs";

const datasetIdsSchema = z.object({ datasets: z.array(datasetRefSchema.pick({ id: true })) });
const EXTENSIONS: Readonly<Record<string, string>> = { "image/jpeg": "jpg", "image/png": "png", "image/webp": "webp" };

/** Writes of the producer area. Each one makes the public pages that show the reuse show the change at once. */
export const producerReuseWrites = {
  /**
   * Creates the reuse PRIVATE: the form then uploads its image, adds its datasets, and only then publishes it
   * (`setPrivate`), so that a half-made reuse is never public. Being private, it changes nothing public: no
   * cache is invalidated.
   */
  create: reuseProtectedProcedure.input(createInput).mutation(async ({ ctx, input }) => {
    const { organization, ...fields } = input;
    const reuse = await createReuse(ctx.credential, {
      ...fields,
      ...(organization && { organization }),
      private: true,
    });
    return { id: reuse.id, slug: reuse.slug };
  }),

  /** A partial update (udata's PUT acts as PATCH): only the fields given change. */
  update: reuseProtectedProcedure.input(updateInput).mutation(async ({ ctx, input }) => {
    const { id, ...fields } = input;
    const reuse = await changedReuse(ctx, id, updateEffect(fields), () => updateReuse(ctx.credential, id, fields));
    return { id: reuse.id, slug: reuse.slug };
  }),

  /** Replaces the image (multipart, cropped to `bbox` by udata). */
  uploadImage: reuseProtectedProcedure.input(imageUploadInput).mutation(async ({ ctx, input }) => {
    const { id, file, bbox } = input;
    const filename = `image.${EXTENSIONS[file.type] ?? "jpg"}`;
    const { image } = await changedReuse(ctx, id, "content", () =>
      uploadReuseImage(ctx.credential, id, { file, filename, bbox }),
    );
    return { image };
  }),

  /** Adds datasets one by one (`POST /reuses/{id}/datasets/`); one already there is no error. */
  addDatasets: reuseProtectedProcedure.input(addDatasetsInput).mutation(async ({ ctx, input }) => {
    let added = 0;
    // Some may be added before a failure: the public pages show those too (changedReuse invalidates anyway).
    await changedReuse(ctx, input.id, "membership", async () => {
      for (const dataset of input.datasets)
        if ((await addReuseDataset(ctx.credential, input.id, dataset)).added) added++;
    });
    return { added };
  }),

  /** Removes one dataset: udata has no route for it, the list without it is written back. */
  removeDataset: reuseProtectedProcedure.input(removeDatasetInput).mutation(async ({ ctx, input }) => {
    const { datasets } = await getReuse(input.id, { credential: ctx.credential, select: datasetIdsSchema });
    const remaining = datasets.flatMap(({ id }) => (id && id !== input.dataset ? [id] : []));
    await changedReuse(ctx, input.id, "membership", () =>
      updateReuse(ctx.credential, input.id, { datasets: remaining }),
    );
    return { datasets: remaining.length };
  }),
} satisfies TRPCRouterRecord;
