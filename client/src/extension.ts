// STUB — replaced by the skeleton issue.
export function activate(): void { /* nothing yet */ }
export function deactivate(): void { /* nothing yet */ }
