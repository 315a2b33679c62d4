/**
 * Traditional → simplified folding for matching only (b12, a 繁體 notice from 湘西, showed the need: 牽頭單位,
 * 責任單位, 長期堅持). One character maps to one character, so offsets in the folded text are offsets in the
 * original, and unit names are always cut from the original: they stay as written.
 */
const PAIRS =
  '牽牵頭头單单責责負负參参與与協协辦办時时間间節节點点門门會会長长堅坚續续進进報报內内關关於于號号發发縣县區区鄉乡鎮镇為为個个級级' +
  '臺台領领導导務务處处廳厅屬属機机構构類类見见劃划實实計计畫画綱纲規规細细則则備备註注標标稱称質质總总條条數数據据錄录隊队員员設设' +
  '產产業业經经濟济黨党組组織织財财稅税環环衛卫應应監监權权證证農农營营醫医療疗學学廣广電电視视體体華华國国際际開开' +
  '問问閱阅陳陈陽阳險险雙双難难雲云鐵铁銀银錢钱風风養养館馆齊齐龍龙車车東东鳥鸟馬马聯联盡尽獨独側侧據据專专軍军' +
  '務务區区對对況况兩两並并與与獲获歲岁後后週周複复製制範范須须準准變变讓让從从眾众衆众這这還还過过運运適适達达' +
  '選选遞递邊边鄰邻閒闲隨随雜杂離离類类題题顯显願愿驗验髮发鬥斗齡龄崗岗嶺岭幣币帶带幹干廠厂廢废彈弹徑径徵征態态' +
  '戰战擔担據据擴扩攜携敵敌斷断於于昇升曆历曉晓樣样檢检歸归氣气決决沒没潔洁澤泽灣湾燈灯爭争牆墙獎奖現现璽玺' +
  '畢毕異异當当瘋疯盜盗盤盘確确稱称穩稳競竞筆笔簡简糧粮紀纪約约紅红納纳紐纽純纯紙纸級级細细紹绍終终組组結结' +
  '絕绝給给統统絲丝綜综綠绿維维網网緊紧線线練练縮缩績绩繼继續续罰罚羅罗習习聖圣聽听脅胁腦脑臨临與与興兴舉举' +
  '艙舱艱艰藝艺蘇苏蘭兰處处號号蟲虫補补裝装製制複复親亲覺觉觀观訂订認认討讨訓训記记設设許许評评試试詩诗話话' +
  '該该詳详誠诚誤误說说請请調调談谈論论諮咨謀谋謝谢證证識识警警譯译護护讀读變变貢贡貨货購购貿贸費费資资賠赔' +
  '賣卖質质賴赖購购贊赞趕赶趨趋輔辅輕轻輸输轉转辦办農农違违遠远遺遗鄭郑鄉乡醫医釋释里里針针鉅巨銷销鋼钢錯错' +
  '鍵键鏈链鐘钟門门閥阀闆板陸陆隊队階阶際际隱隐雖虽雞鸡雙双雜杂電电靈灵韓韩響响頁页頂顶項项順顺預预領领頻频' +
  '顧顾颱台飯饭餘余駐驻騰腾驗验體体髮发鬧闹魯鲁鳳凤鹽盐麥麦黃黄齒齿圍围團团園园圖图圓圆場场塊块壓压壞坏壯壮' +
  '壽寿夠够奪夺奮奋妝妆婦妇媽妈嬰婴孫孙寧宁寶宝實实審审寫写寬宽導导層层屬属嶼屿巖岩帥帅師师帳帐廂厢廣广廳厅' +
  '彌弥徹彻徑径恆恒惡恶惱恼慶庆憂忧憑凭應应懷怀戲戏戶户扎扎掃扫掛挂換换損损搶抢攝摄擁拥擊击擬拟擺摆攤摊數数' +
  '斂敛無无勞劳勢势勵励勸劝匯汇協协卻却厲厉參参叢丛員员問问啟启喪丧單单嚴严囑嘱圍围';

const MAP = new Map<number, number>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS.charCodeAt(i), PAIRS.charCodeAt(i + 1));

/** Folds traditional characters to simplified, character for character (same length, same offsets). */
export function fold(text: string): string {
  let out: string[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const to = MAP.get(text.charCodeAt(i));
    if (to !== undefined) {
      out ??= text.split('');
      out[i] = String.fromCharCode(to);
    }
  }
  return out ? out.join('') : text;
}
