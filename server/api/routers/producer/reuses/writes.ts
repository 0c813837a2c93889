import "server-only";

import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";

import {
  addReuseDataservice,
  addReuseDataset,
  dataserviceRefSchema,
  createReuse,
  datasetRefSchema,
  getReuse,
  updateReuse,
  uploadReuseImage,
} from "~/server/datagouv";
import { reuseProtectedProcedure } from "~/server/api/lib/reuse-procedures";
import { changedReuse, updateEffect } from "~/server/cache/reuse-write";
import {
  addDataservicesInput,
  addDatasetsInput,
  createInput,
  imageUploadInput,
  removeDataserviceInput,
  removeDatasetInput,
  updateInput,
} from "./inputs";

const datasetIdsSchema = z.object({ datasets: z.array(datasetRefSchema.pick({ id: true })) });
const dataserviceIdsSchema = z.object({ dataservices: z.array(dataserviceRefSchema.pick({ id: true })).default([]) });
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

  /** Adds APIs one by one (`POST /reuses/{id}/dataservices/`): one already there is no error (200), so a retry adds none twice. */
  addDataservices: reuseProtectedProcedure.input(addDataservicesInput).mutation(async ({ ctx, input }) => {
    let added = 0;
    await changedReuse(ctx, input.id, "membership", async () => {
      for (const dataservice of input.dataservices)
        if ((await addReuseDataservice(ctx.credential, input.id, dataservice)).added) added++;
    });
    return { added };
  }),

  /** Removes one API: as for datasets, udata has no route for it, the list without it is written back. */
  removeDataservice: reuseProtectedProcedure.input(removeDataserviceInput).mutation(async ({ ctx, input }) => {
    const { dataservices } = await getReuse(input.id, { credential: ctx.credential, select: dataserviceIdsSchema });
    const remaining = dataservices.flatMap(({ id }) => (id !== input.dataservice ? [id] : []));
    await changedReuse(ctx, input.id, "membership", () =>
      updateReuse(ctx.credential, input.id, { dataservices: remaining }),
    );
    return { dataservices: remaining.length };
  }),
} satisfies TRPCRouterRecord;
