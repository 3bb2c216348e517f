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
tina jessie helga ingrid greta ulrike heike anke silke ute kerstin doris elke jutta gisela hildegard gerda erika
margit irmgard bettina carola cornelia dagmar dorothea friederike henriette jana jasmin kathrin kristin maren
marlies ramona regina sabrina sonja tanja ulla wiebke yvonne annika carina charlotte clara emilia ida ilse jule
luisa mareike nele paula pia ricarda manuela saskia antje gudrun magdalena
tracy wendy lorraine colleen jill gail chelsea jenna kristen erin tara tanya sonia sonya priya aisha fatima leila
yasmin ana lucia carmen isabel francesca giulia chiara beatriz ines marta alicia ellen elaine eileen irene lynn
lynne heidi holly molly rita rosa stella vanessa valerie wanda zoe nina tamara tess kathy cathy peggy sally sue
suzanne sheila joanne joanna jenny leah lily maya mia ava ella isla abby bonnie carla carly cindy debbie dolores
edith elsie esther eva hazel kara karina lorna maggie marlene melinda miriam naomi nora pauline phyllis renee
roberta ruby shannon sherry stacy tammy tonya vicki yolanda freya marianne agnieszka ewa katarzyna
olena iryna halyna tetiana kateryna nataliia liudmyla yuliia mariia viktoriia khrystyna anastasia alexandra
aleksandra veronika kristina
анастасия александра вероника кристина алёна алена диана жанна зоя инна карина лидия майя нина раиса регина
римма тамара ульяна эльвира элла яна василиса варвара милана олеся снежана таисия эмилия мирослава ярослава
олена катерина
hannelore ingeborg waltraud elisabeth margarete christa gertrud rosemarie edeltraud bärbel beate martina simone
silvia sylvia daniela iris lara lina mila amelie ronja merle frauke britta almut hilde lieselotte sieglinde
natalja jelena tatjana swetlana jekaterina julija ljudmila walentina
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
ian omar ahmed mohammed muhammad ali hassan hussein khalid karim hamid mahmoud recep rahul raj ravi arjun amit
sanjay vikram narendra imran yusuf ibrahim abdullah mustafa ahmad mehmet emre ashok deepak sunil anil hiroshi
takeshi kenji akira shinzo fumio oleksandr oleksiy mykola mykhailo yuriy taras bohdan vitali vitaliy andriy petro
serhiy dmytro ihor vasyl emil erik nils sven olof ulf magnus henrik mats anders karl kurt heinz günter gunter
manfred rainer reinhard bernd jörg ralf rolf norbert werner hubert herbert alfred otto fritz heiko holger jochen
ingo tim nico niklas moritz leon ben finn elias luca marco matteo giuseppe giovanni antonio carlos luis miguel
pedro diego javier pablo rafael fernando ricardo eduardo jorge manuel francisco alejandro andrés hugo gustavo
sergio mario enrico fabio hector ignacio ramon tomas xavier bernard yves alain didier gilles thierry hervé rené
gérard patrice fabrice cédric mathieu benoît colin connor liam owen gavin trevor derek shane wade dale glenn neil
stuart graham malcolm duncan angus alistair callum fraser rory declan brendan conor seamus darren barry clive
nigel rupert giles simon rob ron jon nick matt joel josh luke jake zach max leo hugh rhys evan jared jay jimmy
julian marcus mason mitch oscar phil rick ricky rodney ross seth spencer stan todd travis victor vince warren wes
wesley fred ray harry jerome clarence herman leonard lloyd milton norman rudy stanley vernon wallace yair naftali
isaac moshe yitzhak ehud gideon levi
вадим руслан тимур эдуард аркадий арсений данил даниил егор ефим захар ильдар ильяс лев марат матвей никита
прохор родион савелий семён семен степан тарас тимофей филипп эльдар яков ярослав глеб всеволод илья богдан
мирон рустам шамиль
georg johannes joachim volker dirk torsten thorsten ulrich gerd detlef armin hermann ernst siegfried wilhelm
heinrich ludwig günther hartmut lothar eckhard gunnar hannes fabian dominik benedikt bastian marcel pascal timo
jannik konrad valentin leopold oskar theo jakob
dmitrij sergej alexej andrej michail nikolaj jewgenij wiktor pawel juri wladimir wjatscheslaw walerij gennadij
anatolij wladislaw pjotr fjodor grigorij
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

/** Whether `word` is a given name the lists give a gender ("Tina", "Мария"). */
export function isGivenName(word: string): boolean {
  return (GENDER_OF_GIVEN_NAME.get(word.toLowerCase()) ?? null) !== null;
}

/** The gender a person's given name suggests ("Michelle Rempel" → f), or null when it says nothing. */
export function genderOfGivenName(fullName: string): Gender {
  const words = fullName.trim().split(/\s+/);
  if (words.length < 2) return null;
  return GENDER_OF_GIVEN_NAME.get(words[0]!.toLowerCase()) ?? null;
}
