//! The phrase tables of [`super`]: greetings, thanks and ways of addressing the shop, praise,
//! arrivals, requests for a person and English verbs of getting in touch. Data, kept apart from
//! the reading so the reading stays short; to extend the intents, add phrases here.

/// Replies that answer a question rather than ask one, when they are the whole message.
#[rustfmt::skip]
pub(super) const BARE_REPLIES: &[&str] = &[
    "没有", "没", "还没", "还没有", "不是", "不对", "不要", "不行", "不", "有", "有的", "是",
    "no", "nope", "not yet", "yes", "yep",
];

/// Greetings, thanks, acknowledgements and ways to address the shop. A message made only of these
/// (and particles) is a greeting; they are struck out longest first ([`GREETING_ORDER`]), so
/// their order here is only for reading.
#[rustfmt::skip]
pub(super) const GREETING_PHRASES: &[&str] = &[
    // Understood, and thanked for (`我知道了`, `谢谢耐心解答`), or going to order (`那我先下单了`).
    "我知道了", "我明白了", "我懂了", "知道啦", "谢谢耐心解答", "感谢耐心解答", "耐心解答",
    "下次还找你们", "下次再来拿货", "下次还来", "下次再来", "还会再来", "会回购", "回购",
    "下回再来", "下回还来", "下次见", "下回见",
    "那我先下单了", "我先下单了", "先下单了", "我去下单了", "去下单了", "已经拍下了", "拍下了",
    "那我先去拍了", "我先去拍了", "先去拍了", "我去拍了", "去拍了",
    // The shop addressed with a greeting (`老板好`; `好了吗` asks).
    "老板好", "师傅好", "掌柜好", "客服好", "店家好", "亲好", "美女好", "小姐姐好", "大家好",
    "有人在吗", "有人在不", "有人在没", "有人吗", "有人么", "有人没", "有人不", "有没有人", "在不在", "在吗", "在么", "在嘛", "在的吧", "在吧", "你们好",
    "你好", "您好",
    "哈喽", "哈啰", "嗨", "早上好", "早晨好", "早晨", "上午好", "中午好", "下午好", "晚上好", "早安", "晚安", "早啊", "早",
    "感谢解答", "谢谢解答", "谢谢你们", "谢谢你", "谢谢您", "谢谢", "谢啦", "谢了", "多谢", "感谢", "你们辛苦了", "大家辛苦了", "辛苦你们了", "辛苦您了", "辛苦了",
    "辛苦",
    "好的", "好滴", "好嘞", "好哒", "好吧", "好呀", "嗯呐", "嗯嗯", "嗯", "哦哦", "知道了", "明白了",
    "明白晒", "收到晒", "明白", "懂了", "懂啦", "我先考虑下", "我先考虑一下",
    "先考虑下", "先考虑一下", "我再考虑下", "我再考虑一下", "我再想想", "我再看看",
    "爱你们", "爱你", "宝子们", "宝宝们", "了解了", "了解", "收到", "在不", "麻烦你们了", "麻烦你了", "麻烦您了", "麻烦了", "麻烦啦", "没事了", "暂时没有了", "暂时没有", "暂时没了", "暂时不用了",
    "暂时不用", "暂时不需要了", "暂时不需要", "目前没有了", "不需要了", "没有了", "没有啦", "没了", "没啦", "不用了", "不用啦",
    "没问题", "对的", "对", "是的", "没错", "稍等", "等等", "等一下", "拜拜", "再见", "么么哒",
    // A satisfied buyer's word of praise, with nothing asked (see also [`PRAISE`]).
    "爱了", "五星好评", "已好评", "好评", "点赞",
    "亲亲", "亲", "老板",
    "客服", "掌柜", "店家", "美女", "小姐姐", "小哥哥", "帅哥", "宝宝", "宝", "在", "哈哈", "ok了解", "ok了", "ok啦", "ok can", "ok",
    // Other ways of addressing the seller (`老妹儿`, a livestream's `主播`, `姐妹们`).
    "老妹儿", "老妹", "老铁", "妹子", "姐妹们", "姐妹", "亲爱的", "宝子", "主播", "家人们", "师傅",
    "okay", "hi", "hello", "hey", "hiya", "good morning", "good afternoon", "good evening",
    "thanks a lot", "thank you so much", "thank you", "thanks", "thx", "ty", "cheers", "great",
    "cool", "bye for now", "bye", "goodbye", "got it", "anyone there", "is anyone there", "are you there",
    "much appreciated", "appreciate it", "you", "so much", "a lot", "there", "88", "3q",
    "perfect", "brilliant", "lovely", "awesome", "amazing", "sounds good", "all good", "no worries",
    "will do", "noted", "alright", "ok then", "ta", "x", "xx", "xxx", "tysm", "thank u",
    // Typed pinyin of the same (`zai ma`: single syllables, which `typed_pinyin` leaves alone).
    "zai ma", "zaima", "zai", "ni hao", "nihao", "xie xie", "xiexie", "appreciate you", "appreciate",
    "you guys", "guys", "tq", "tqvm", "tks", "boss", "bro", "mua",
    // Indian English (`thank you so much bhaiya`, `okk noted`, `good morning maam`, `namaste`).
    "okk", "bhaiya", "didi", "maam", "madam", "sir", "namaste", "for the info",
    "for the information",
    // Taglish (`salamat po ate`, `sige po gets ko na`, `hello po, gandang hapon`).
    "maraming salamat", "salamat", "po", "opo", "ate", "kuya", "sige", "gets ko na", "gets",
    "helo", "magandang umaga", "magandang hapon", "magandang gabi", "gandang umaga",
    "gandang hapon", "gandang gabi", "sa fast reply", "fast reply",
    // Australian and British (`g'day`, `thanks heaps`, `ta, legend`).
    // Singapore English (`thanks ah`, `can can`, `ok noted, will order later`).
    "can can", "will order later", "order later", "ah", "lah", "leh", "lor", "hor",
    "youre the best", "you re the best", "are the best", "the best", "g day", "gday", "morning", "afternoon", "evening", "heaps", "legend", "mate", "cheers mate",
    // The buyer saying the order is placed (`好的 已经下单了`).
    "已经下单了", "已经下单", "已下单", "刚下单了", "刚下单", "下单了", "已经拍了", "刚拍了", "拍好了",
    // Small talk and sign-offs (`yo whats up`, `hi i hope youre well`, `thats all i needed
    // thanks for your help`).
    "sweet as", "sweet", "yo", "whats up", "sup", "i hope youre both keeping well", "i hope youre keeping well",
    "i hope youre well", "i hope you are well", "hope youre both keeping well",
    "hope youre keeping well", "hope youre well", "hope you are well", "hope all is well",
    "thats all i needed to know",
    // Wishes for a festival, and thanks for the work (`中秋快乐 你们辛苦了`).
    "节日快乐", "中秋快乐", "新年快乐", "春节快乐", "元旦快乐", "国庆快乐", "端午快乐", "圣诞快乐",
    "merry christmas", "happy new year",
    "happy holidays", "happy easter", "happy thanksgiving", "happy diwali", "eid mubarak", "god jul",
    "thanks again", "thank you again",
    // Japanese, in a shop buying in Japan (`こんにちは`, `ありがとうございます`).
    "こんにちは", "こんばんは", "おはよう", "ありがとうございます", "ありがとう",
    "thats all i needed", "thats all", "for being so helpful", "for the help", "for your help",
    "for helping", "for all your help", "all your help", "so helpful", "very helpful", "really helpful",
    // A fix that worked, quick help (`thank you so much, that worked!!`).
    "that worked", "it worked", "for the quick help", "the quick help", "quick help",
    "for the quick reply", "quick reply", "thats sorted it", "thats sorted", "sorted it",
    "have a nice day", "have a good day", "have a great day", "have a lovely day",
    "have a good one", "have a great one", "have a nice one",
    "nice one",
    "right", "very much", "speak soon", "thats all for now", "all for now", "dear", "brill",
    // American slang (`wassup`, `ok bet`, `gm`, `thanks fam`, `have a good weekend yall`).
    "wassup", "bet", "gm", "fam", "yall", "k",
    // French, in Canada and elsewhere (`merci beaucoup`, `bonjour`, `allo`).
    "merci beaucoup", "merci", "bonjour", "bonsoir", "allo", "salut", "bonne journée", "bonne journee",
    "bonne soirée", "bonne soiree", "bonne fin de semaine", "bonne semaine", "à bientôt", "a bientot",
    // Canadian `eh`, Australian `arvo` (`thanks so much eh`, `have a good arvo`).
    "eh", "arvo", "have a good arvo", "have a great arvo", "good arvo",
    // Thanks by a homophone (`蟹蟹`), a Sichuan aunt and a flat's steward greeted (`嬢嬢好`,
    // `谢谢管家`), a Minnan hello (`哩厚`), love and praise (`照片超美 爱你们`), a repair or a day
    // out praised (`修得很好`, `玩得很开心`), a doctor thanked, and New Year wishes given early
    // (`给你们拜个早年`).
    "蟹蟹", "嬢嬢好", "嬢嬢", "管家", "哩厚", "太感谢了", "太感谢", "修得很好", "修得挺好",
    "玩得很开心", "玩得开心", "玩得挺开心", "谢谢医生", "医生", "给你们拜个早年", "拜个早年",
    "拜早年", "给你们拜年", "拜年啦", "拜年了",
    // Irish and British thanks and sign-offs (`thanks a million, that's great`, `Kind regards,
    // Kathleen`), Malaysian `received already, all ok. tq ya`, texted and Indian thanks (`ok got
    // it tnx`, `Namaskara`, `thank u aunty`).
    "thanks a million", "thats great", "thats grand", "thats brilliant", "thats perfect",
    "thats lovely", "great stuff", "kind regards", "best regards", "warm regards", "regards",
    "many thanks", "best wishes", "received already", "all ok", "ya", "tnx", "hmm ok", "hmm",
    "namaskara", "aunty", "uncle", "sakkath", "thats all sorted then", "thats all sorted",
    "sorted then",
    // Till next time (`拜拜 下次再来找你们`, `谢谢哈 下次还来你家`, `bye. till next time`), and a
    // blessing (`God bless una`, Nigerian `o` closing a greeting: `evening o`).
    "下次再来找你们", "下次还来找你们", "下次还来你家", "下次再来你家",
    "还会再来的", "会再来的", "下次再买", "还会回购的", "还会回购",
    "会回购的", "till next time", "until next time", "see you next time", "god bless you",
    "god bless", "well done", "o",
    // Spanish and Portuguese (`hola buenas tardes`, `muchas gracias por la ayuda`, `oi, tudo bem`).
    "hola", "holi", "buenas tardes", "buenos dias", "buenos días", "buenas noches", "buenas",
    "muchas gracias", "mil gracias", "gracias", "por la ayuda", "por tu ayuda", "por su ayuda",
    "adiós", "adios", "chao", "chau", "hasta luego", "saludos", "oi", "olá", "ola", "tudo bem",
    "tudo bom", "obrigado", "obrigada", "muito obrigado", "muito obrigada", "bom dia", "boa tarde",
    "boa noite", "tchau", "valeu", "vale",
    // Students address the seller as a senior student (`学姐好`, `谢谢学长`).
    "学姐好", "学长好", "学姐", "学长",
    // Short praise beside thanks (`收到了 挺好 谢谢啊`, `收到啦 香香的`, `收到了 巴适 谢了`), an
    // answer praised (`说得很清楚`).
    "挺好的", "挺好", "很好", "蛮好", "不错", "巴适", "香香的",
    "说得很清楚", "说得很明白", "讲得很清楚", "讲得很明白", "解释得很清楚",
    "y all", "terimakasih", "makasih banyak",
    // Later today or tomorrow (`晚安 明天再聊`, `谢谢啦 晚上见`), help that helped, a good night.
    "明天再聊", "回头再聊", "再聊", "晚上见", "待会见", "回头见", "have a good night",
    "have a great night", "that helps a lot", "that helps", "helps a lot",
    // South African (`howzit`, `sharp sharp`, `ok shot`, Afrikaans `baie dankie`, `lekker`).
    "howzit", "sharp sharp", "shot", "baie dankie", "dankie", "lekker",
    // Drawn out (`hellooo`, `hiii`, folded to two letters), Irish (`grand so`, `thanks a mill`,
    // `cheers lads`, `go raibh maith agat`), Indian (`quick revert`, `bye tc`), `下次再问`.
    "helloo", "hii", "heyy", "grand so", "grand", "thanks a mill", "a mill", "lads", "yere stars", "ye re stars",
    // Irish hellos and praise (`howya lads`, `thanks a million, ye're legends`).
    "howya", "howaya", "how ya", "legends", "yere legends", "ye re legends", "youre legends",
    // Obliged, pleased (`Got it, I'm obliged to ye`, Manchester `buzzin with it, thanks lads`).
    "im obliged to you", "obliged to you", "buzzin with it", "buzzing with it",
    // Banglish (`bye apu, Allah hafez`, `dhonnobad, peye gesi`, `accha thik ache apu`).
    "allah hafez", "apu", "vaiya", "dhonnobad", "dhonyobad", "donnobad", "peye gesi",
    "peyechi", "accha", "thik ache", "thik ase",
    // Malayalam and Manglish, Yoruba, Spanish, te reo Maori, and a buyer going away to decide (`Hello
    // chetta`, `Namaskaram`, `ok sheri`, `e se gan ma, God bless you`, `gracias mijo`, `ok bueno`, `ka
    // pai`, `nga mihi`, `tu meke`, `will revert after discussing with family`).
    "chetta", "chechi", "namaskaram", "sheri", "e se gan ma", "e se",
    "mijo", "bueno", "bless your hearts", "ka pai", "nga mihi", "tu meke",
    "i go get back to you", "get back to you", "after discussing with family",
    "after discussing with my family",
    // Chaoshan and Northeastern (`嗯嗯 知了`, `得嘞 那我先合计合计 拜拜`), Philly, Hyderabadi and Urdu, Aussie
    // and Thai (`bol ok bye`, `good night bhai`, `hau theek hai miya, done`, `sweet as, she's apples`,
    // `mai pen rai, thanks krub`, `555 ok ok`, `kob khun mak krub`).
    "知了", "先合计合计", "合计合计", "bol", "bhai", "miya", "hau", "done", "good night",
    "shes apples", "mai pen rai", "kob khun mak", "kob khun",
    "555",
    // Henan and Hebei: a plan settled (`中 那就这么着`).
    "那就这么着", "就这么着", "那我明天去", "那我明天过去",
    "youre a star", "youre stars", "stars", "go raibh maith agat", "for the quick revert",
    "quick revert", "tc", "take care", "bye now", "下次再问",
    // A call (`喂`), a sister addressed (`谢谢姐`), Cantonese toil (`辛苦晒`), an answer or a
    // helper praised (`appreciate the quick answer`, `ur a lifesaver fr`), Malay `dah sampai`.
    "喂", "谢谢姐妹", "谢谢哥哥", "谢谢姐", "谢谢哥", "谢谢姐姐", "辛苦晒", "修得好好看", "man", "the quick answer", "quick answer", "ur a lifesaver",
    "youre a lifesaver", "lifesaver", "fr", "dah sampai semua", "dah sampai",
    // Javanese and Indonesian (`matur nuwun mbak`, `halo min`, `sip ditunggu ya`).
    "matur nuwun", "wassalamualaikum", "mbak", "mas", "halo", "min", "sip", "ditunggu",
    // Taiwanese (`安安`, Hokkien `哩賀`, `謝謝小編`, `好喔`) and Cantonese (`唔該晒`, `多謝你`).
    "安安", "哩贺", "小编", "好喔", "唔该晒", "唔该", "多谢你",
    // Leaving for now (`拜拜 回头再来`, `嗯嗯 那先这样`, `掰掰 明天见`).
    "回头再来", "明天见", "掰掰", "下次再来买", "下回再来耍", "那先这样", "先这样", "那我再看看",
    "老师好", "老师", "行", "thats really helpful", "thats very helpful",
    "thats helpful",
    "have a good weekend", "have a great weekend", "have a lovely weekend", "enjoy your weekend",
    // New Zealand (`chur`, `kia ora`, `sweet as`, `all sorted now`), and mates (`谢了兄弟`).
    "chur", "kia ora", "gidday", "all sorted now", "that answers it", "answers it", "youve been",
    // Malay (`assalamualaikum sis`, `terima kasih banyak2, dah faham`, `baik sis, nanti sy order`).
    "assalamualaikum", "waalaikumsalam", "salam", "terima kasih banyak", "terima kasih",
    "banyak2", "banyak banyak", "banyak", "dah faham", "faham", "selamat pagi", "selamat petang",
    "selamat malam", "nanti sy order", "nanti saya order", "baik", "kak", "sis", "all sorted", "sorted now", "兄弟们", "兄弟", "sorted",
    "老哥", "大哥",
    // Sichuan (`好的嘛 晓得了`, `要得`), Indonesian (`pagi kak`, `makasih`, `siap`, `oke`).
    "晓得", "要得", "闺女", "姑娘", "pagi", "siang", "sore", "selamat siang", "selamat sore",
    "makasih", "trimakasih", "siap", "oke", "mantap",
    // Southern US and Scots (`howdy`, `much obliged yall`, `thank you kindly`, `10-4 thanks
    // bubba`, `awright`, `magic, cheers, see yous thursday`); a lesson learnt, thanked for
    // (`谢谢老师 学会了`), Cantonese praise of the food (`好好食`).
    "howdy", "much obliged", "obliged", "thank you kindly", "thanks kindly", "10 4", "bubba",
    "awright", "aye", "magic", "you all", "see you soon", "see you then", "see you", "学会了", "好好食",
    // Swahili and Sheng (`niaje boss`, `mambo vipi`, `sawa, asante`, `ubarikiwe`), Japanese as
    // tourists write it (`arigato gozaimasu`, `sumimasen`), going and getting (`see ya tomorrow`,
    // `got everything, thanks guys`), the shop's owner and a patient helper thanked (`早安老板娘`,
    // `谢谢小姑娘 你真耐心`).
    "niaje", "poa", "mambo vipi", "mambo", "vipi", "sawa", "asante sana", "asante", "ubarikiwe",
    "mbarikiwe", "sasa", "mama", "have a blessed day", "blessed day", "be blessed",
    "konnichiwa", "arigato gozaimasu", "arigatou gozaimasu", "arigato", "arigatou", "sumimasen",
    "ohayo", "see ya tomorrow", "see you tomorrow", "see ya", "got everything", "老板娘",
    "小姑娘", "你真耐心", "真耐心", "很耐心",
    // Australian (`righto thanks`), Shanghainese (`侬好呀`, `谢谢侬 老好额`, `好额 晓得了`, `下趟再联系`),
    // Minnan (`汝好`, `感恩感恩`, `好食`), a sale paid out (`钱到了 很顺利`), Gulf Arabic and Arabizi
    // (`salam alaikum`, `ok khalas thanks`, `ma3 salama`, `shukran ya akhi`, `received everything
    // mashallah`).
    "righto", "侬好", "谢谢侬", "老好额", "好额", "下趟再联系", "下次再联系", "再联系", "汝好", "感恩感恩",
    "感恩", "好食", "很顺利", "salam alaikum", "salaam alaikum", "khalas", "ma3 salama",
    "ma salama", "maa salama", "shukran", "ya akhi", "akhi", "habibi", "mashallah", "inshallah",
    "received everything",
    // Sichuan `妹儿`, Cajun (`appreciate ya sha`), thanks by the bunch, Xinjiang `亚克西`, Welsh
    // (`shwmae`, `bore da`, `diolch yn fawr iawn`, `lush, ta`, `ta ra now`), a reply thanked
    // (`thank you for getting back to me`), Hunan (`要得 晓得哒`, `嗯咯`, `在冇`, `韵味`, `谢谢咯`),
    // Singapore (`noted with thanks`, `thanks ah, v helpful`).
    "妹儿", "sha", "cher", "thanks a bunch", "a bunch", "亚克西", "shwmae", "bore da",
    "diolch yn fawr iawn", "diolch yn fawr", "diolch", "lush", "ta ra now", "ta ra", "tara",
    "for getting back to me", "getting back to me", "晓得哒", "嗯咯", "在冇", "韵味", "谢谢咯",
    "noted with thanks", "with thanks", "v helpful",
    // New Year wishes (`新年快乐 恭喜发财`, `过年好`), Chaoshan (`食饱未 阿兄`: have you eaten,
    // brother), Shaanxi (`好滴 知道咧`, `收到咧 美滴很`), Jamaican (`wah gwaan`, `respect, tank
    // yuh`, `bless up`, `aright mi soon come`, `gud nite`), Mancunian (`cheers our kid`, `dead
    // good ta`), Thai (`sawadee ka`, `khob khun krub`, `ok bye na`), a parent's or a friend's
    // delight (`my mum loves it`).
    "恭喜发财", "新春快乐", "过年好", "新年好", "食饱未", "阿兄", "知道咧", "收到咧", "晓得咧", "好咧",
    "美滴很", "wah gwaan", "wha gwaan", "wagwan", "respect", "tank yuh", "tank you", "tenk yuh",
    "bless up", "blessings", "mi soon come", "soon come", "aright", "gud nite", "good nite",
    "gud night", "nite", "hun", "our kid", "dead good", "sawadee", "sawasdee", "sawatdee",
    "khob khun", "kob kun", "khop khun", "ka", "krub", "khrap", "na",
    // London (`safe bruv`), Urdu (`AoA`, `shukriya baji`, `ok thik hai`, `Allah hafiz`,
    // `JazakAllah`, `parcel mil gaya`), Liuzhou (`谢谢老表`, `下次再来嗦`), Tianjin (`结了 谢谢姐姐`,
    // `拜拜了您嘞`).
    // Vietnamese (`cảm ơn chị nhiều nha`), Gulf (`shukran, yalla bye`, `Assalamu alaikum`),
    // Yiwu (`下次再来拿`, `那我明天再拍`), Dongbei (`米贼好吃 谢谢老妹儿`), Kiwi (`sweet as, cheers
    // for that`, `ta mate all good now`), Qingdao `嫚儿`.
    // Irish (`deadly, thanks lads`, `Dia dhuit`, `you're a star`), a parting wish (`have a lovely
    // afternoon`), Wuhan (`过早了冇`, read as `过早了没有`; `谢了拐子`), fandom `太太`.
    // Southern US (`preciate it fam`), Hangzhou `老好嘞`, South African (`Sawubona`, `Yebo
    // ngiyabonga`, `have a lekker weekend`), Canadian `eh`.
    "preciate it", "那没事了", "老好嘞", "sawubona", "yebo", "ngiyabonga",
    "have a lekker weekend", "youve been super helpful", "super helpful",
    "deadly", "dia dhuit", "have a lovely afternoon",
    "have a lovely evening", "过早了没有", "过早了没", "过早了吗", "拐子", "太太",
    "cảm ơn", "cam on", "chị", "nhiều nha", "nha", "yalla bye", "yalla", "assalamu alaikum",
    "下次再来拿", "明天再拍", "那我明天再拍", "贼好吃", "cheers for that",
    "all good now", "嫚儿",
    "safe bruv", "bruv", "thats all sorted now", "assalam o alaikum",
    "asalam o alaikum", "aoa", "shukriya", "baji", "thik hai", "theek hai", "allah hafiz",
    "khuda hafiz", "jazakallah", "jazak allah", "mil gaya", "老表", "再来嗦", "结了", "姐姐好", "姐姐",
    "拜拜了您嘞", "您嘞",
    "next trip", "my mum loves it", "my mom loves it", "she loves it", "he loves it", "we love it", "loves it",
    "love it",
    // Ghanaian (`charley thanks plenty`, `alright, I'm coming`: wait a moment), Hindi
    // (`dhanyavaad, bye`), New York (`shalom`, `thx ur a mensch`), Suzhou (`好个 晓得哉`), `ok的`.
    "charley", "chale", "thanks plenty", "im coming", "dhanyavaad", "dhanyawad", "dhanyavad",
    "shalom", "mensch", "好个", "晓得哉", "ok的", "your a", "youre a", "you are a",
    // Beijing (`得嘞 谢谢您嘞`, `行 那没事儿了 回头见`).
    "得嘞", "那没事儿了", "没事儿了",
    // Glasgow (`cheers hen, pure dead brilliant`, `thanks pal see yous saturday`), Miami (`ok
    // dale`, `wepa gracias pana`, `que bola`), Philadelphia (`ard bet`), Henan (`谢谢恁 得劲`),
    // Chengdu (`下次还来`), Trinidad (`alright, later`), Nanchang `哦嗬`, Shanghai (`下次再来逛`),
    // Boston (`thanks kid, wicked helpful`), Chicago (`got em, thanks`).
    "pure dead brilliant", "dead brilliant", "hen", "pal", "see you all", "dale", "wepa",
    "pana", "que bola", "ard", "谢谢恁", "得劲", "later", "哦嗬",
    "下次再来逛", "再来逛", "wicked helpful", "wicked", "got them",
    // Tennessee (`10-4 good buddy`, `thank ya kindly, you've been a big help`, `bless your
    // heart`), Hawaii (`shoots k mahalo`, `aloha`, `so ono`, `k den bumbai`), Hakka (`承蒙你`,
    // `下次再来帮衬`), Jin (`不赖不赖`), Mongolian `赛白努`, New Year (`给您拜个早年`).
    "good buddy", "thank ya", "kindly", "youve been a big help", "a big help",
    "big help", "bless your heart", "well", "shoots", "mahalo nui loa", "mahalo", "aloha",
    "everything was so ono", "so ono", "ono", "hope you guys having a good day",
    "hope you are having a good day", "k den", "bumbai", "den", "承蒙你", "承蒙",
    "下次再来帮衬", "再来帮衬", "不赖不赖", "不赖", "赛白努", "赛拜努", "给您拜个早年",
    "给你拜个早年", "给您拜年",
    // Liverpool (`ta la`, `sound, ta-ra`, `cheers kidda, sound as a pound`, `dead helpful`).
    "la", "sound as a pound", "kidda", "dead helpful", "sound",
    // Newfoundland (`what are ya at`, `thanks a million my ducky`, `ok perfect, tanks`; `see ye
    // saturday` is `see you` once `ye` is read as `you`), Cornwall (`wasson ansum`, `thanks my bird, proper job`), Swahili sorry for the
    // questions (`asante sana, pole for the many questions`), Chongqing (`幺妹儿早呀`), Shanghai
    // (`再会`), and coming back (`下回还来买`).
    "what are ya at", "what are you at", "my ducky", "ducky", "tanks a million", "tanks",
    "wasson", "ansum", "my bird", "my lover", "proper job", "pole for the many questions",
    "for the many questions", "for all the questions", "幺妹儿", "幺妹", "再会", "下回还来买",
    // Harbin (`拜拜 有事再找你`, `收到了 杠杠的`), Taiwan (`歹勢 剛剛傳錯了 沒事沒事`, `掰掰 下次再去`),
    // Ningxia (`好的 么麻达`, `色俩目`, `攒劲`, `行 那就这样 明天再说`), Yorkshire (`ey up`, `reet,
    // ta-ra`, `thanks love, champion`), London and Toronto (`safe bro appreciate it`, `ok say less`,
    // `bless up, laters`, `irie, tanks`), and thanks for the help (`lovely, thanks for that`).
    "有事再找你", "有事再找您", "有事再联系", "杠杠的", "歹势", "刚刚传错了", "刚才传错了", "传错了", "没事没事", "下次再去",
    "么麻达", "没麻达", "色俩目", "赛俩目", "攒劲", "那就这样", "明天再说", "ey up", "eyup", "reet",
    "champion", "love", "safe", "say less", "laters", "irie", "thanks for that",
    // Fuzhou (`谢谢依妹 够好食`), Nanjing (`摆得很`, `鸭子真摆`), Tibetan greetings and thanks (`扎西德勒`,
    // `突及其`, `呀拉索`), `明年还找你们`, Minnesota (`you betcha`, `ope`), Norwegian (`tusen takk`),
    // Doric (`fit like`, `foo's yer doos`, `bye the noo`, `cheers quine`), Tamil English (`romba
    // santhosham`, `vanakkam`, `ok seri`, `will check and revert`).
    "依妹", "依伯", "依姆", "够好食", "摆得很", "真摆", "扎西德勒", "突及其", "呀拉索", "辛苦师傅了",
    "辛苦师傅", "明年还找你们", "明年再来", "you betcha", "ope", "tusen takk", "takk", "fit like",
    "foos your doos", "bye the noo", "the noo", "quine", "yere a star", "romba santhosham", "vanakkam", "seri", "will check and revert",
    "will revert", "ma",
    // Belfast (`what about ye!`, `bout ye`, `dead on`, `night night`), Punjabi (`sat sri akal ji`,
    // `waheguru ji ka khalsa waheguru ji ki fateh`, `bye ji, rab rakha`, `koi gall nahi`, `hanji
    // theek aa, vadhiya`, `thank u so much paaji`), Hebei (`嘚儿`, `回头再来买`), Hainan (`妹 早啊`,
    // `哥 多谢汝`).
    "what about you", "bout you", "dead on", "night night", "sat sri akal", "waheguru ji ka khalsa",
    "waheguru ji ki fateh", "rab rakha", "koi gall nahi", "hanji", "theek aa", "vadhiya", "ji",
    "paaji", "veer", "嘚儿", "回头再来买", "多谢汝", "妹", "哥",
    // Geordie (`cheers hinny thats champion`, `nice one bonny lad ta`, `ta pet`, `howay`), Cantonese
    // (`唔该晒师傅 搞掂咗`), Bisaya (`thanks bai, see you next year`), internet `鸭` for `呀` (`早上好鸭`),
    // Spanglish (`Órale, thanks mija`).
    "thats champion", "hinny", "bonny lad", "pet", "howay", "搞掂了", "搞定了", "bai",
    "see you next year", "早上好鸭", "晚安鸭", "谢谢鸭", "好的鸭", "orale", "órale",
    "mija", "andale", "ándale",
    // Shaanxi and Minnan praise (`收到 美得很 谢谢师傅`), Korean and 朝鲜族 greetings and thanks (`안녕하세요`,
    // `撒拉嘿 拜拜`, `卡木撒哈密达`, `辛苦了 思密达`, `在吗 阿妈妮`), Northeastern (`早上好啊老铁们`, `那我再琢磨琢磨
    // 拜了个拜`), Bajan (`wha happenin`), Brummie (`tara-a-bit`, `ow am ya bab`), Quebec French (`ok
    // parfait thx`, `c'est correct merci`), Japanese thanks (`arigato gozaimasu`), a star thanked
    // (`you've been a star`, `thanks a million`), and the yes of a proposal (`she said yes!!!`).
    "美得很", "嘹咋咧", "안녕하세요", "안녕", "감사합니다", "고맙습니다", "고마워요", "사장님", "撒拉嘿",
    "卡木撒哈密达", "思密达", "阿妈妮", "阿爸基", "老铁们", "再琢磨琢磨", "琢磨琢磨", "拜了个拜",
    "wha happenin", "wha happening", "whats happening", "tara a bit", "tararabit", "ta ra a bit",
    "ow am ya", "ow bist", "bab", "parfait", "cest correct", "c est correct",
    "youve been a star",
    "you ve been a star", "been a star", "you re a star", "a million",
    "she said yes", "he said yes",
    // Cantonese `在冇` (there?), Nigerian `how far` (how are you) and `i don see am`, Shanghainese
    // `侬好`, Indonesian (`oke dadah kak`, `terima kasih banyak infonya gan`), an aunty thanked,
    // Minnan `感恩`, Australian `thanks heaps`, Guangxi `下次再来嗦`.
    "在没有", "侬好呀", "侬好啊", "how far", "i don see am", "dadah", "infonya", "gan", "auntie",
    "thanks heaps", "下次再来嗦",
    // Sri Lankan (`Ayubowan!`, `Kohomada akka`), Gansu (`回头再联系`, `司机扎实攒劲 祝生意兴隆`).
    "ayubowan", "kohomada", "akka", "machan", "回头再联系", "回头联系", "祝生意兴隆", "生意兴隆",
    "扎实攒劲",
    // Baltimore (`thanks hon talk to ya later`).
    "hon", "talk to you later", "talk to ya later", "ttyl",
    // Luganda (`Gyebale ko ssebo`, `Osiibye otya nyabo`, `Ki kati`, `webale nnyo, I got it`, `thanks
    // bambi, kale bye`), Welsh (`nos da x`, `ok tidy`, `thanks butt, see you friday`, `bore da`,
    // `shwmae`, `diolch yn fawr`).
    "gyebale ko", "gyebale", "ssebo", "osiibye otya", "nyabo", "ki kati", "webale nnyo", "webale",
    "bambi", "kale", "i got it", "nos da", "tidy", "butt",
    // All of the shop greeted (`Evening all`).
    "evening all", "morning all", "afternoon all", "hi all", "hello all",
    // Wisconsin (`have a good one, see ya at the opener`).
    "at the opener",
    // Northeastern and Shandong (`行 整明白了 谢谢啊`, `拜拜 回头去你家`, `过年好 给您拜个早年`), and a
    // month to meet in (`Thank you! See you in July`).
    "整明白了", "回头去你家", "伢子", "see you in january",
    "see you in february", "see you in march", "see you in april", "see you in may", "see you in june",
    "see you in july", "see you in august", "see you in september", "see you in october",
    "see you in november", "see you in december",
    // Henan and Shandong `中` (all right: `中 明白了`), last, after the phrases that hold it.
    "中",
];

/// Praise that may follow who is pleased (`主子很喜欢`, `孩子都说好吃`): the whole phrase is
/// a greeting. Only forms with a word of degree, since `好吃吗` asks.
#[rustfmt::skip]
pub(super) const PRAISE: &[&str] = &[
    "很喜欢", "好喜欢", "超喜欢", "太喜欢", "特别喜欢", "非常喜欢", "很满意", "非常满意", "特别满意",
    "很好用", "挺好用", "超好用", "非常好用", "很好吃", "挺好吃", "超好吃", "非常好吃", "很不错",
    "很好喝", "挺好喝", "超好喝", "好好喝", "非常好喝", "巴适得板", "超美", "好美", "很美", "太美了",
    "挺不错",
    // Minnan `很欢喜` (very glad: `阿母很欢喜`).
    "很欢喜", "真欢喜",
    // Northeastern `贼` (very: `米贼好吃`), work praised (`师傅装得挺好`), washed clean (`洗得好干净`).
    "贼好吃", "贼好", "得挺好", "得很好", "好干净", "很干净", "超干净",
    // Jiangxi and Wu `蛮` (quite: `收到啦 蛮好看的`).
    "蛮好看", "蛮好用", "蛮好吃", "蛮好喝", "蛮漂亮",
    // It went well (`签证收到了 倍儿顺利`).
    "绝了", "倍儿好", "倍儿顺利",
    // Shandong and Xuzhou: fine, clearly told (`汤可得劲了`, `说得杠清楚`).
    "可得劲", "得劲", "说得杠清楚", "说得很清楚", "讲得很清楚", "很顺利", "挺顺利", "非常顺利", "特别顺利",
    // Chengdu and Cantonese praise (`睫毛好巴适`, `月饼好好食`).
    "好巴适", "很巴适", "太巴适", "好好食", "很好食",
    // The service or the parcel praised (`服务挺好`, `包装好可爱`).
    "服务挺好", "服务很好", "服务真好", "服务好好", "态度很好", "态度挺好", "包装好可爱", "包装很好",
    "包装很用心",
    // A ride praised (`车挺好骑的`).
    "挺好骑", "很好骑", "超好骑",
    // Fresh goods praised (`收到了 很新鲜`).
    "很新鲜", "挺新鲜", "好新鲜", "超新鲜", "非常新鲜", "特别新鲜",
    // Goods praised when they came (`收到了 茶很香`, `鱼都很精神`, `好漂亮`).
    "挺好使", "很好使", "真好使", "超好使", "很香", "好香", "超香", "挺香", "很精神", "挺精神", "很漂亮", "好漂亮", "超漂亮", "很好看",
    "好好看", "挺好看", "超好看", "很舒服", "挺舒服", "很可爱", "好可爱", "超可爱",
];

/// Saying the goods have come (`到了到了`, `收到货了`): with thanks or praise beside it and
/// nothing asked, a greeting; alone it may ask (`到了吗`).
#[rustfmt::skip]
pub(super) const ARRIVED: &[&str] = &[
    "收到货了", "收到货", "收到了", "货收到了", "货到了", "东西收到了", "东西到了", "到货了", "已收到",
    "已签收", "签收了", "收到啦", "到啦", "到了",
    // English (`got it today, thank you kindly`, `arrived safe, cheers`).
    // Longer forms first: each is struck out in this order.
    "received the parcel today", "received my parcel today", "received the package today",
    "received my order today", "received it today", "received the parcel", "received my parcel",
    "received the package", "received my order", "got the parcel", "got my parcel", "got my order",
    "got it today", "got them today", "arrived today", "came today", "arrived safely",
    "arrived safe", "it arrived", "they arrived", "all arrived", "received it", "received them",
];
/// Thanks, which with [`ARRIVED`] make the arrival a greeting.
#[rustfmt::skip]
pub(super) const THANKS: &[&str] = &[
    "谢谢", "感谢", "多谢", "辛苦", "thank", "thanks", "cheers",
];

/// Who may be pleased before [`PRAISE`], with `也` or `都` after it or not.
#[rustfmt::skip]
pub(super) const PLEASED: &[&str] = &[
    "主子", "猫咪", "猫猫", "狗狗", "狗子", "孩子", "小孩", "宝贝", "女儿", "儿子", "闺女", "老婆",
    "老公", "阿母", "阿妈", "阿爸", "家人", "朋友", "女朋友", "男朋友", "我妈", "我爸", "妈妈", "爸爸",
    "我们", "我", "猫",
    "狗",
];

/// Characters that may surround a greeting without making it a question.
pub(super) const GREETING_PARTICLES: &str = "啊呀哈哦啦呗么吗嘛呢噢哟喔啰了的咯嘞~ ";

/// Phrases asking for a person.
#[rustfmt::skip]
pub(super) const HUMAN_ZH: &[&str] = &[
    "转人工", "真人", "找客服", "叫客服", "要客服", "换客服", "活人", "找老板",
    "叫老板", "老板出来", "找个人来", "找个人问", "找个人聊", "找个人说", "找个人回", "换个人",
    // The shop's senior staff asked for by role (`能让你们店长跟我说吗`); `店长推荐` is no
    // request, so each comes with a verb of calling or of coming out.
    "找店长", "叫店长", "让店长", "店长出来", "找你们店长", "叫你们店长", "让你们店长", "让老板",
    "让你们老板", "找你们老板", "叫你们老板", "找主管", "叫主管", "主管出来", "找经理", "叫经理",
    "经理出来", "找领导", "叫领导", "领导出来", "找你们领导", "叫你们领导",
    "叫一下店长", "叫下店长", "找一下店长", "叫一下你们店长", "叫一下老板", "叫下老板", "找一下老板",
    "叫一下你们老板",
    // Speaking with them (`我要和你们老板说`).
    "和老板说", "跟老板说", "和你们老板说", "跟你们老板说", "和老板谈", "跟老板谈", "和店长说",
    "跟店长说", "和你们店长说", "跟你们店长说", "和老板聊", "跟老板聊", "跟老板本人", "和老板本人",
    // Not the automatic reply (`不要自动回复 找个客服`).
    "不要自动回复", "别自动回复", "找个客服", "来个人回", "来个真人", "自动回复看不懂",
    // A person, not the assistant (`想直接跟人聊`, `我要跟人说`).
    "跟人聊", "和人聊", "跟人说", "和人说", "跟人讲", "和人讲", "跟人谈", "和人谈",
    // The seller in person, a livestream's host, a person taking over (`卖家本人回复一下`,
    // `叫你们主播来`, `能不能让人工接一下`).
    "卖家本人", "店主本人", "本人回复", "叫你们主播", "叫主播", "让人工", "人工接",
    "店里的人", "找店里老板",
    // Finding them (`能找下你们老板吗`, `帮我找下店长`), or a call asked for (`打个电话给我`; not
    // `师傅什么时候会打电话给我`, which asks when one comes).
    "找下老板", "找下你们老板", "找一下你们老板", "找下店长",
    "打个电话给我", "同他倾", "同他讲", "同你们职员", "跟你们职员",
    "给我打个电话", "给我回个电话", "回个电话给我", "直接打给我",
    "直接打电话", "给我打电话", "电话联系我", "有电话没", "给个电话", "留个电话",
    // Typing is not enough (`打字说不清楚`, `打字太慢`): the buyer wants to talk.
    "打字说不清", "打字讲不清", "打字太慢", "打字太麻烦", "打字打不来", "打电话跟我说",
    "通电话", "通个电话", "跟她本人", "跟他本人", "和她本人", "和他本人",
    // Someone the buyer dealt with before (`还是找她吧`, `上回是他帮我挑的`).
    "找她", "找他", "是她帮我", "是他帮我", "是她给我", "是他给我", "是她跟我", "是他跟我",
    // The one replying as a robot, not a robot the buyer owns (`我的扫地机器人`, `机器人底部`).
    "是机器人", "机器人吗", "机器人客服", "机器人回", "不要机器人", "别用机器人", "机器人听不懂",
    "机器人说不明白", "机器人说不清", "直接跟我聊", "直接跟我谈", "直接和我聊", "本人来跟我",
    "师傅来跟我",
    // Someone in charge called out (`叫你们掌柜出来`).
    "掌柜出来", "负责人出来", "不跟机器人", "不和机器人",
    "跟老板讲", "和老板讲", "来跟我讲", "来跟我说", "来和我说", "来和我讲",
    // Someone assigned to the case (Taiwanese `想找專人問一下`).
    "找专人", "专人问", "专人处理", "专人回复", "专人联系", "找你们负责人", "找负责人",
    "转专人",
    "有事跟她说", "有事跟他说", "有事找她", "有事找他",
    // Staff asked for (`我想直接同职员讲`, Cantonese `同` for `跟`).
    "跟职员说", "跟职员讲", "和职员说", "同职员讲", "跟店员说", "跟店员讲", "同店员讲",
    // Cantonese, once normalised (`有没有人可以打电话给我 想直接倾`, `转职员 我不想同bot倾`).
    "人可以打电话给我", "人能打电话给我", "直接倾", "叫个懂行的", "找个懂行的", "叫个人来",
    "本人说话", "本人聊", "转职员", "不想同bot", "不想跟bot", "不想和bot", "同bot倾",
    // Someone taking the chat over (`能让客服小姐姐接一下吗`), spoken to directly or in person
    // (`我要找蒋老师 直接跟她说`, `有事跟他当面说`), asked to add the buyer or call
    // (`让刘师傅加我一下微信`, `可以叫她 call 我吗`). Not the service's number (`有客服电话吗`
    // asks what the FAQ may say), nor `加我微信` (`有人加我微信说是你们客服` asks who it was).
    "客服小姐姐接", "客服接一下", "人接一下", "直接跟她说", "直接跟他说", "直接问她", "直接问他",
    "当面说", "当面讲", "当面聊", "当面港", "加我一下微信", "call我", "call 我", "本人讲", "给我个电话",
    "直接打过来",
    // Called again by whoever rang (`刚才打电话给我 我没接到 叫那个人再打过来`).
    "再打过来", "重新打过来",
    // A salesperson's own WeChat, to talk directly (`有没有业务的微信 直接加了聊`).
    // The one in charge, or the owner, fetched to the phone (`我要跟你们管事的人说`, `叫你们老板接
    // 电话`).
    "管事的人", "跟你们管事", "帮我叫一下", "老板接电话", "让老板接",
    // Put through again to the one who served the buyer (Cantonese `唔该帮我转返上次嗰位姑娘`).
    "帮我转回", "转回上次",
    // No computer wanted, the master fetched to the phone (Taiwanese `我無愛佮電腦講啦 叫師傅來聽`);
    // `叫师傅来` alone asks for a fitter (`现在能叫师傅来装吗`).
    "佮电脑讲", "跟电脑讲", "师傅来听",
    "叫个人打", "找个人打电话", "叫人打电话给我", "业务的微信", "业务微信", "业务员的微信", "业务员微信", "销售的微信", "加了聊", "加微信聊",
    // The wholesale salesperson, the owner, a call asked for, no robot (`我要跟批发的业务员谈`,
    // `我想同你哋老板陈生倾`, `可唔可以打电话俾我`, `不想跟机器人说 叫罗姐来`; `不会打字` alone
    // may ask for the number to ring).
    "业务员谈", "找业务员", "同你们老板", "可不可以打电话给我", "可以打电话给我吗",
    "能打电话给我吗", "不想跟机器人", "不想和机器人",
    // Someone who speaks the buyer's language (`有会说朝鲜话的客服没 我阿妈妮中文不太好`).
    "会说朝鲜话", "会说朝鲜语", "会说韩语", "会讲韩语",
    // Someone named who knows the buyer (`唔该帮我搵梁姐 佢识我㗎`).
    "他识我", "她识我", "他认识我", "她认识我",
    // A real person, the owner talked to (`你是不是bot? 给我一个真的人`, `我要直接跟你们老板谈`).
    "真的人", "是不是bot", "老板谈",
    // Chaoshan `呾` (speak: `叫你们林老板同我呾`), Northeastern `唠` (`想直接跟老板唠唠`), someone who
    // knows the trade (`有没有懂行的客服`).
    "同我呾", "跟我呾", "跟老板唠", "和老板唠", "懂行的客服",
];

/// English phrases asking for a person (whole words).
#[rustfmt::skip]
pub(super) const HUMAN_EN: &[&str] = &[
    "human", "agent", "real person", "live person", "representative", "operator",
    "speak to someone", "talk to someone", "speak with someone", "talk with someone",
    "speak to a person", "talk to a person", "speak with a person", "talk to a real", "not a bot",
    "not a robot", "pass me to", "put me through", "transfer me", "give me a ring",
    "give me a call", "ring me", "call me back", "escalate this", "escalate it", "to a manager",
    "to a supervisor", "your manager", "your supervisor", "chat to her", "chat to him",
    "talk to her", "talk to him", "speak to her", "speak to him", "can i speak to",
    "could i speak to", "may i speak to", "id like to speak to", "i want to speak to",
    "can i speak with", "could i speak with", "can i talk to", "could i talk to",
    "message me back", "get back to me", "number i can ring", "number i can call", "can i ring",
    // No machine (`dont want auto reply`, `reply me personally`; Malay `bukan bot`).
    "dont want auto reply", "no auto reply", "not auto reply", "reply me personally", "bukan bot",
    "bukan auto reply", "sembang dengan", "want speak to", "wan speak to",
    "need a word with", "have a word with", "a word with him", "a word with her",
    "real staff", "not the bot", "not a machine", "chat to a person", "chat to someone",
    "put me on to", "put me onto", "rather explain", "explain it to a person",
    "connect me with", "connect me to", "real insaan",
    // Someone, not a machine (`is there an actual person there`, `id rather chat with mereana`).
    "actual person", "an automated", "rather chat", "rather talk", "rather speak", "someone real",
    "someone call me", "have someone call", "id like to talk with", "can i please talk to",
    "can i please speak to", "could i please talk to", "could i please speak to",
    "id like to talk to", "i would like to talk to", "i want to talk to",
    // Malay (`sy nak orang sebenar`, `nak bercakap dengan Kak Nurul`, `boleh call sy tak`).
    "orang sebenar", "bercakap dengan", "cakap dengan", "call sy", "call saya",
    // Taglish (`pwede po makausap yung tao`, `ayoko ng auto reply`, `paki connect po ako kay`).
    "makausap", "tao mismo", "tao po sana", "ayoko ng auto reply", "hindi yung bot", "paki connect",
    // Indonesian (`tolong sambungkan ke bu laras`, `minta ditelpon balik`, `sy mau sama orang aja`,
    // `balesnya otomatis ya`).
    "sambungkan ke", "sambungkan dgn", "sambungkan dengan", "ngomong langsung", "ditelpon balik", "minta ditelpon", "telpon balik",
    "sama orang aja", "sama orang saja", "balesnya otomatis", "bales otomatis", "dibales otomatis",
    "text me back", "someone from your team", "talk to you directly", "speak to you directly",
    "rather deal with", "deal with her directly", "deal with him directly",
    "pass me with", "somebody real", "managers number", "manager number", "owners number",
    // Spanish and Portuguese (`quiero hablar con un asesor humano`, `falar com uma pessoa`).
    "hablar con un", "hablar con una persona", "asesor humano", "un asesor", "persona real",
    "falar com um", "falar com uma pessoa", "atendente", "atendimento humano", "pessoa real",
    // Somebody fetched (`i dont want no robot, get me somebody that knows`), a call preferred
    // (`is there staff i can call? prefer talking on phone`), Spanish with a name (`quiero
    // hablar con Lupe`), Swahili (`naomba niongee na mtu, sio robot`).
    "get me somebody", "get me someone", "no robot", "staff i can call", "prefer talking on",
    "talking on the phone", "talking on phone", "talk on the phone", "quiero hablar con",
    // One the buyer dealt with (`I need to talk to Reem`), French (`je voudrais parler à
    // quelqu'un, pas un robot`).
    "need to talk to", "parler à quelqu", "parler a quelqu", "pas un robot",
    // A word with someone, a call asked for (`is Carys about? need a quick word with her`, `can
    // someone phone me`, `get ur boss to call me`).
    "a quick word with", "someone phone me", "phone me", "boss to call", "niongee na mtu",
    "ongea na mtu", "sio robot",
    // Jamaican (`put mi thru to somebody in charge`, `mi waan talk to Shaz`: `waan` is read as
    // `want`; `call mi back nuh`).
    "put mi thru", "put me thru", "somebody in charge", "someone in charge", "want talk to",
    "want talk with", "call mi back", "call mi",
    // Whoever does the work asked for (`id like to speak with whoever handles the proofs`), and
    // Urdu (`baji se direct baat karni hai`, `kisi insaan se baat karwa dein`, `call kar lein`).
    "i want to speak with", "parler à un", "parler a un",
    "call me on", "ring me on", "explain on phone", "explain on the phone", "with him directly",
    "with her directly",
    "id like to speak with", "i would like to speak with", "speak with whoever",
    "speak to whoever", "talk to whoever", "baat karni hai", "baat karwa", "insaan se",
    // Banglish (`page er owner er sathe kotha bolte chai`, `keu ki ache manush? ekta call diben`,
    // `whatsapp e call korte pari`).
    "kotha bolte chai", "kotha bolbo", "kotha bolte pari", "call diben", "ekta call", "call korte pari",
    "keu ki ache", "manush ache", "manusher sathe",
    // Manglish (`chechi onnu vilikkamo? … samsarikkanam`), Pidgin, no bot (`abeg make I talk to Madam
    // Ireti directly`, `I don't want a bot, get me Marisol`).
    "vilikkamo", "onnu vilikku", "samsarikkanam", "make i talk to", "talk to madam", "dont want a bot",
    "dont want the bot", "no bot",
    // Hyderabadi, a teacher, the owner on the phone (`call back karo mere ku, baat karna hai`, `let me
    // talk to the teacher`).
    "call back karo", "baat karna hai", "let me talk to",
    "call kar lein", "call kar do", "call karen",
    // Liverpool (`giz a ring back on 07700 900123`).
    "giz a ring", "give us a ring", "ring back on", "give me a ring back",
    // A word wanted, Swahili talking with a person and a call asked (`is Tamsin about? need a
    // word`, `nataka kuongea na mtu`, `nipigie tafadhali`).
    "need a word", "want a word", "kuongea na mtu", "nipigie",
    // Punjabi: a talk wanted, a number asked for (`Harpreet aunty naal gall karni aa, number dedo
    // ji`).
    "gall karni", "gal karni", "number dedo", "number de do",
    // A member of staff asked to reply, Bisaya asking for a person (`can a member of staff get back
    // to us`, `kuya naa bay tawo diha? dili bot?`).
    "member of staff", "naa bay tawo", "dili bot",
    // No bot wanted (`pls give me a number to call, don't want to chat with a bot`).
    "dont want to chat with a bot", "chat with a bot", "talk to a bot",
    "can i just talk to", "can i just speak to",
    // A call asked, typing too much (`call me pls 671 2234, easier to talk`, `ah cyah type all dis`).
    "call me pls", "call me please", "easier to talk", "cant type all this",
];

/// English ways of asking when staff can be reached (`customer care timings?`); with one of
/// them, a contact verb and object ask for the hours, not for a person.
#[rustfmt::skip]
pub(super) const HOURS_ASKED_EN: &[&str] = &[
    "timings", "hours", "opening times", "how late", "close", "closes", "closing", "open until",
    "till what time", "until what time",
];

/// English verbs of getting in touch; with one of [`CONTACT_OBJECTS`] they ask for a person.
#[rustfmt::skip]
pub(super) const CONTACT_VERBS: &[&str] = &[
    "talk", "talking", "speak", "speaking", "chat", "chatting", "contact", "contacting", "reach",
    "call", "calling", "get in touch", "cakap",
];

/// Who an English contact verb may reach for the request to be for a person.
#[rustfmt::skip]
pub(super) const CONTACT_OBJECTS: &[&str] = &[
    "person", "someone", "somebody", "human", "agent", "assistant", "representative", "operator",
    "staff", "customer service", "customer support", "customer assistance", "customer care",
    "manager", "supervisor", "owner",
];
