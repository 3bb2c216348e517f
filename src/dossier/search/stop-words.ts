/**
 * Words too common to search by, in the record's three languages (folded, as fold-text.ts folds):
 * left out of the index, they would make a search for "the" score half the record and the index
 * far larger, and they tell quotes apart no better than nothing.
 */
const ENGLISH = 'a an and are as at be been but by do does for from had has have he her his i if in into is it its me my no not of on or our she so than that the their them there they this to us was we were what when which who will with would you your';
const GERMAN = 'aber als am an auch auf aus bei bin bis da das dass dem den der des die du ein eine einem einen einer es fur hat ich ihr im in ist ja mit nach nicht noch nur oder sein sich sie sind so uber und uns vom von vor war wie wir wird zu zum zur';
const RUSSIAN = 'а без бы в во вот все вы да для до его ее если есть же за и из или им их к как ко ли мы на не нет но о об он она они от по при с со так то у уже что чтобы это я';

export const STOP_WORDS: ReadonlySet<string> = new Set([ENGLISH, GERMAN, RUSSIAN].flatMap((list) => list.split(' ')));
