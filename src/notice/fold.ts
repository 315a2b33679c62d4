/**
 * Traditional → simplified folding for matching only (b12, a 繁體 notice from 湘西, showed the need: 牽頭單位,
 * 責任單位, 長期堅持). One character maps to one character, so offsets in the folded text are offsets in the
 * original, and unit names are always cut from the original: they stay as written.
 */
const PAIRS =
  '牽牵頭头單单責责負负參参與与協协辦办時时間间節节點点門门會会長长堅坚續续進进報报內内關关於于號号發发縣县區区鄉乡鎮镇為为個个級级' +
  '臺台領领導导務务處处廳厅屬属機机構构類类見见劃划實实計计畫画綱纲規规細细則则備备註注標标稱称質质總总條条數数據据錄录隊队員员設设' +
  '產产業业經经濟济黨党組组織织財财稅税環环衛卫應应監监權权證证農农營营醫医療疗學学廣广電电視视體体華华國国際际開开問问閱阅陳陈陽阳' +
  '險险雙双難难雲云鐵铁銀银錢钱風风養养館馆齊齐龍龙車车東东鳥鸟馬马聯联盡尽獨独側侧專专軍军對对況况兩两並并獲获歲岁後后週周複复製制' +
  '範范須须準准變变讓让從从眾众衆众這这還还過过運运適适達达選选遞递邊边鄰邻閒闲隨随雜杂離离題题顯显願愿驗验髮发鬥斗齡龄崗岗嶺岭幣币' +
  '帶带幹干廠厂廢废彈弹徑径徵征態态戰战擔担擴扩攜携敵敌斷断昇升曆历曉晓樣样檢检歸归氣气決决沒没潔洁澤泽灣湾燈灯爭争牆墙獎奖現现璽玺' +
  '畢毕異异當当瘋疯盜盗盤盘確确穩稳競竞筆笔簡简糧粮紀纪約约紅红納纳紐纽純纯紙纸紹绍終终結结絕绝給给統统絲丝綜综綠绿維维網网緊紧線线' +
  '練练縮缩績绩繼继罰罚羅罗習习聖圣聽听脅胁腦脑臨临興兴舉举艙舱艱艰藝艺蘇苏蘭兰蟲虫補补裝装親亲覺觉觀观訂订認认討讨訓训記记許许評评' +
  '試试詩诗話话該该詳详誠诚誤误說说請请調调談谈論论諮咨謀谋謝谢識识譯译護护讀读貢贡貨货購购貿贸費费資资賠赔賣卖賴赖贊赞趕赶趨趋輔辅' +
  '輕轻輸输轉转違违遠远遺遗鄭郑釋释針针鉅巨銷销鋼钢錯错鍵键鏈链鐘钟閥阀闆板陸陆階阶隱隐雖虽雞鸡靈灵韓韩響响頁页頂顶項项順顺預预頻频' +
  '顧顾颱台飯饭餘余駐驻騰腾鬧闹魯鲁鳳凤鹽盐麥麦黃黄齒齿圍围團团園园圖图圓圆場场塊块壓压壞坏壯壮壽寿夠够奪夺奮奋妝妆婦妇媽妈嬰婴孫孙' +
  '寧宁寶宝審审寫写寬宽層层嶼屿巖岩帥帅師师帳帐廂厢彌弥徹彻恆恒惡恶惱恼慶庆憂忧憑凭懷怀戲戏戶户掃扫掛挂換换損损搶抢攝摄擁拥擊击擬拟' +
  '擺摆攤摊斂敛無无勞劳勢势勵励勸劝匯汇卻却厲厉叢丛啟启喪丧嚴严囑嘱' +
  // probe 15: 按職責分工負責, 分別負責, 直轄市; and the provinces' short names, 基礎, 億, 萬.
  '職职別别轄辖礎础億亿萬万衝冲滬沪遼辽贛赣閩闽粵粤瓊琼晉晋陝陕隴陇烏乌採采託托嚮向' +
  // probe 74: the variant forms OpenCC's s2t writes (`排在第一位的爲牽頭單位`, `啓動`, `衞健委`) and a Taiwan page's
  // `發佈日期`.
  '爲为僞伪啓启裏里衞卫綫线佈布羣群峯峰牀床鷄鸡溼湿麪面';

/** Simplified code for each traditional one, 0 elsewhere: an array lookup per character, for the whole text. */
const TABLE = new Uint16Array(0x10000);
for (let i = 0; i + 1 < PAIRS.length; i += 2) TABLE[PAIRS.charCodeAt(i)] = PAIRS.charCodeAt(i + 1);

/** Whether a character (a UTF-16 code unit) has a simplified form that {@link fold} gives it. */
export function folds(c: number): boolean {
  return TABLE[c] !== 0;
}

/** Folds traditional characters to simplified, character for character (same length, same offsets). */
export function fold(text: string): string {
  let i = 0;
  const n = text.length;
  for (; i < n; i++) {
    if (TABLE[text.charCodeAt(i)] !== 0) break;
  }
  if (i === n) return text;
  let out = text.slice(0, i);
  let from = i;
  for (; i < n; i++) {
    const to = TABLE[text.charCodeAt(i)];
    if (to !== 0) {
      out += text.slice(from, i) + String.fromCharCode(to);
      from = i + 1;
    }
  }
  return out + text.slice(from);
}
