import { z } from 'zod';

/** Voice → Get Many sends nothing of its fields: Source, Return All and Limit are the operation's to read (library/listing.ts). */
export const getManyVoicesSchema = z.object({}).strict();
