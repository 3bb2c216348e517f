/**
 * Common given names whose bearers are mostly of one gender, in the languages our readers meet:
 * evidence for "he" and "she" when the page itself has not yet used a pronoun for the person.
 * Names common to both ("Alex", "Kim", "Jean", "Sascha") are left out on purpose.
 */
import type { Gender } from './speaker-focus';

const FEMALE = `
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice julia grace judy theresa madison
beverly denise marilyn amber danielle rose brittany diana abigail natalie jane lori alexis tiffany kayla sophia
chrystia theresa mélanie melanie catherine hillary kamala nancy ursula angela annalena svenja christine giorgia
marine ségolène jacinda theresa nicola kate claire fiona sophie chloe lucy isabelle caroline monique nathalie
jessica hélène sylvie véronique brigitte ursula sabine petra monika claudia susanne andrea katrin karin birgit
anja stefanie nadine julia lena leonie marie lea hanna johanna franziska katharina annette gabriele renate
ирина ольга елена наталья татьяна светлана мария анна екатерина юлия марина людмила галина валентина
надежда вера любовь ксения дарья алина виктория евгения маргарита полина софья оксана алла лариса
irina olga yelena elena natalya natalia tatiana tatyana svetlana maria ekaterina yekaterina yulia marina
lyudmila galina valentina nadezhda vera lyubov ksenia daria darya alina viktoria evgenia margarita polina
sofia oksana alla larisa
`;

const MALE = `
james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas
eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis
jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian
roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie
gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny justin doug
boris vladimir xi joe barack donald emmanuel olaf rishi keir justin jens antony dmitry sergei sergey volodymyr
mike jim tom bob bill dan dave steve tony chris pat ken ted ed hamish marc pierre jean-claude jacques françois
nicolas olivier philippe michel laurent emmanuel françois klaus hans peter jürgen wolfgang helmut gerhard frank
thomas michael stefan andreas christian markus martin matthias uwe dieter horst friedrich robert lars sebastian
florian tobias jan jonas lukas felix maximilian
владимир дмитрий сергей алексей андрей александр михаил николай иван евгений виктор павел игорь олег
юрий максим антон роман денис артём артем кирилл георгий борис вячеслав валерий геннадий анатолий
владислав станислав пётр петр фёдор федор григорий леонид константин рамзан
alexei aleksei alexey andrei andrey aleksandr mikhail nikolai nikolay ivan evgeny yevgeny viktor pavel igor
oleg yuri yury maxim anton roman denis artem kirill georgy vyacheslav valery gennady anatoly vladislav
stanislav pyotr fyodor grigory leonid konstantin ramzan dmitri
`;

function wordsOf(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

const GENDER_OF_GIVEN_NAME: ReadonlyMap<string, Gender> = (() => {
  const map = new Map<string, Gender>();
  for (const name of wordsOf(FEMALE)) map.set(name, 'f');
  for (const name of wordsOf(MALE)) {
    // On both lists: no evidence either way.
    map.set(name, map.get(name) === 'f' ? null : 'm');
  }
  return map;
})();

/** The gender a person's given name suggests ("Michelle Rempel" → f), or null when it says nothing. */
export function genderOfGivenName(fullName: string): Gender {
  const words = fullName.trim().split(/\s+/);
  if (words.length < 2) return null;
  return GENDER_OF_GIVEN_NAME.get(words[0]!.toLowerCase()) ?? null;
}
