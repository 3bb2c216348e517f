/**
 * Function words of the languages Dossier's readers use (English, German, Russian), left out when
 * measuring which words an article is about: "the" and "und" are frequent everywhere and say nothing.
 * Compared after lower-casing and before truncation (see content-words.ts).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [
    // English
    'a about above after again against all also am an and any are as at be because been before being below',
    'between both but by can could did do does doing down during each few for from further had has have having',
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no',
    'nor not now of off on once only or other our ours ourselves out over own same she should so some such than',
    'that the their theirs them themselves then there these they this those through to too under until up very',
    'was we were what when where which while who whom why will with would you your yours yourself yourselves',
    'said says say told according one two new last first year years since may might must shall us',
    // German
    'aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus',
    'bei bin bis bist da damit dann der den des dem die das dass daß du dich dir dies diese diesem diesen dieser',
    'dieses doch dort durch ein eine einem einen einer eines einig er es etwas euch euer für gegen gewesen hab',
    'habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem',
    'ins ist jede jedem jeden jeder jedes jene jetzt kann kein keine können könnte machen man manche mein meine',
    'mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner',
    'sich sie sind so solche soll sollte sondern sonst über um und uns unser unter viel vom von vor wann war',
    'waren warum was weg weil weiter welche wenn werde werden wie wieder will wir wird wo wollen worden würde',
    'zu zum zur zwar zwischen sagte sagt laut sei seien wurde wurden',
    // Russian
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне было вот от',
    'меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж',
    'вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто',
    'чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой',
    'тем чтобы нее неё были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот',
    'через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть',
    'том нельзя такой им более всегда конечно всю между это также заявил сказал по словам',
  ]
    .join(' ')
    .split(' '),
);
