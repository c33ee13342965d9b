import { z } from 'zod';

/** Element → Get Many sends nothing of its fields: Source, Return All and Limit are the operation's to read (library/listing.ts). */
export const getManyElementsSchema = z.object({}).strict();
