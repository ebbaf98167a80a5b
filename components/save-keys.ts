/**
 * Ctrl+Enter (⌘+Enter on macOS) in a note's field: saves the note, as in mail and chat boxes, where Enter alone
 * starts a new line. Both are taken, whatever the system: a Mac reader's Ctrl+Enter does nothing else in a field.
 */
export const savesNote = (event: KeyboardEvent): boolean => event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
