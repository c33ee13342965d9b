/**
 * Kling documents element ids as long integers (custom-elements.md, the
 * response's `element_id: "long"`). Sent as a JSON number past 2^53, such an
 * id would lose its last digits in JSON.parse, and the element it names could
 * not be used again (Omni-Video's element_list takes it as text). Answers
 * under /v1/general/ are read as text, and these ids turned into strings
 * before parsing (all of them, so that an ID is always text in the output).
 */
const LONG_ID = /("(?:element_id|voice_id|task_id)"\s*:\s*)(-?\d+)(?=\s*[,}\]])/g;

export const keepLongIds = (text: string): string => text.replace(LONG_ID, '$1"$2"');

/** Whether answers from this path are read as text for keepLongIds (the elements' and voices' endpoints). */
export const hasLongIds = (path: string): boolean => path.startsWith('/v1/general/');
