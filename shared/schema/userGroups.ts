/** User groups (kelompok pengguna): the segments a service standard must serve. charter-method.md §3. */
import { z } from 'zod';
import type { UserGroupId } from './ids';
import { idSchema } from './ids';
import type { BilingualText } from './text';
import { bilingualTextSchema } from './text';

export interface UserGroup {
  id: UserGroupId;
  name: BilingualText;
  description?: BilingualText;
  estimatedVolumePerYear?: number;
  specialNeeds?: BilingualText;
  /** 1 = highest priority; groups with special needs are often ranked first. */
  priority?: number;
}

export const userGroupSchema = z.strictObject({
  id: idSchema<UserGroupId>(),
  name: bilingualTextSchema,
  description: bilingualTextSchema.optional(),
  estimatedVolumePerYear: z.number().int().min(0).optional(),
  specialNeeds: bilingualTextSchema.optional(),
  priority: z.number().int().min(1).max(99).optional(),
});
