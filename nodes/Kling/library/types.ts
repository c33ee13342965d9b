/** What the account's library holds: its elements, or its voices. */
export type LibraryKind = 'elements' | 'voices';

/** The custom ones (the account's) or the presets (Kling's own library). */
export type LibrarySource = 'custom' | 'preset';

/** One entry of a list, for a picker or an output item. */
export interface LibraryEntry {
	id: string;
	name: string;
	description?: string;
	/** `kling` for Kling's presets, else the creator's ID. */
	ownedBy?: string;
}

/** One page of a list, and whether there may be more after it. */
export interface LibraryPage<T extends LibraryEntry = LibraryEntry> {
	items: T[];
	more: boolean;
}
