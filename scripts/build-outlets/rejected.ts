// Raters whose data may not ship: their licences do not allow it, or their lists are built from
// those that do not (see the outlets-open README, "Rejected or not included, and why"). The build
// refuses any assessment by them, wherever it comes from.
export const REJECTED_RATERS = /media\s*bias\s*\/?\s*fact\s*check|\bmbfc\b|newsguard|ad\s*fontes|allsides|iffy|cred-1|misinfome/i;
