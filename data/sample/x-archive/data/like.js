window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1785344926203834370",
      "fullText" : "Les familles du camp ont enfin un point d’eau potable à moins de 200 m 👩‍👩‍👧 #EauPourTous",
      "expandedUrl" : "https://twitter.com/i/web/status/1785344926203834370"
    }
  },
  {
    "like" : {
      "tweetId" : "1784482627578458118",
      "fullText" : "قصة أم سلمى: ساعتان كل يوم للوصول إلى الماء. اقرأوا القصة كاملة https://t.co/TEdEVYX7d9",
      "expandedUrl" : "https://twitter.com/i/web/status/1784482627578458118"
    }
  },
  {
    "like" : {
      "tweetId" : "1783482328661884929",
      "fullText" : "Exactement ce que nous disons depuis des mois #EauPourTous https://t.co/5OIVF85itF",
      "expandedUrl" : "https://twitter.com/i/web/status/1783482328661884929"
    }
  },
  {
    "like" : {
      "tweetId" : "1783150837236314113",
      "fullText" : "@layla_mansour Отличная новость 🌍 #ВодаДляВсех",
      "expandedUrl" : "https://twitter.com/i/web/status/1783150837236314113"
    }
  },
  {
    "like" : {
      "tweetId" : "1783111108325244930",
      "fullText" : "@mei_chen88 Sharing this with my class today #WaterIsLife",
      "expandedUrl" : "https://twitter.com/i/web/status/1783111108325244930"
    }
  },
  {
    "like" : {
      "tweetId" : "1782746107901190144",
      "fullText" : "Важно 👇 #ВодаДляВсех https://t.co/3lEAOtr1Fd",
      "expandedUrl" : "https://twitter.com/i/web/status/1782746107901190144"
    }
  },
  {
    "like" : {
      "tweetId" : "1782739526148497415",
      "fullText" : "@unity_relief Nos vemos el jueves #AguaParaTodos",
      "expandedUrl" : "https://twitter.com/i/web/status/1782739526148497415"
    }
  },
  {
    "like" : {
      "tweetId" : "1782570385217302528",
      "fullText" : "感谢所有志愿者 🙌🏽 #清洁水",
      "expandedUrl" : "https://twitter.com/i/web/status/1782570385217302528"
    }
  },
  {
    "like" : {
      "tweetId" : "1781230056899932164",
      "fullText" : "Still thinking about that report from @water4all_ngo #WaterIsLife https://t.co/RFdqSEv9ic",
      "expandedUrl" : "https://twitter.com/i/web/status/1781230056899932164"
    }
  },
  {
    "like" : {
      "tweetId" : "1779569080234008582",
      "fullText" : "New piece: how NGOs are paying for rural wells in 2024, with voices from @unity_relief &amp; @water4all_ngo https://t.co/cLj7GoykvK #WaterIsLife",
      "expandedUrl" : "https://twitter.com/i/web/status/1779569080234008582"
    }
  },
  {
    "like" : {
      "tweetId" : "1778829057399664647",
      "fullText" : "Вода &amp; санитария: право каждого #ВодаДляВсех #WaterIsLife",
      "expandedUrl" : "https://twitter.com/i/web/status/1778829057399664647"
    }
  },
  {
    "like" : {
      "tweetId" : "1776218506793013253",
      "fullText" : "Train delayed again. Time to answer emails about the school fundraiser.",
      "expandedUrl" : "https://twitter.com/i/web/status/1776218506793013253"
    }
  },
  {
    "like" : {
      "tweetId" : "1775825072716181508",
      "fullText" : "清洁水是基本人权。#清洁水",
      "expandedUrl" : "https://twitter.com/i/web/status/1775825072716181508"
    }
  },
  {
    "like" : {
      "tweetId" : "1774467623778459650",
      "fullText" : "@noa_levi Merci beaucoup ! 💧",
      "expandedUrl" : "https://twitter.com/i/web/status/1774467623778459650"
    }
  },
  {
    "like" : {
      "tweetId" : "1774339658314694657",
      "fullText" : "@yusuf_ok Yes! The team &lt;3 this idea.",
      "expandedUrl" : "https://twitter.com/i/web/status/1774339658314694657"
    }
  },
  {
    "like" : {
      "tweetId" : "1774113243110780932",
      "fullText" : "Walked 5 km carrying a jerrycan today to feel what millions do every day. Not easy. #CleanWaterNow https://t.co/FdR9NO6lMo",
      "expandedUrl" : "https://twitter.com/i/web/status/1774113243110780932"
    }
  },
  {
    "like" : {
      "tweetId" : "1773703834913017863",
      "fullText" : "Solar pumps &lt;-&gt; fewer diesel runs &lt;-&gt; lower costs. Simple maths, big difference 🌍 #CleanWaterNow",
      "expandedUrl" : "https://twitter.com/i/web/status/1773703834913017863"
    }
  },
  {
    "like" : {
      "tweetId" : "1772606222451093508",
      "fullText" : "@eau_solidaire Yes! The team &lt;3 this idea.",
      "expandedUrl" : "https://twitter.com/i/web/status/1772606222451093508"
    }
  },
  {
    "like" : {
      "tweetId" : "1772380438588702720",
      "fullText" : "@refugee_voices ¡Gracias! 💧",
      "expandedUrl" : "https://twitter.com/i/web/status/1772380438588702720"
    }
  },
  {
    "like" : {
      "tweetId" : "1772290992281628676",
      "fullText" : "😍 #CleanWaterNow https://t.co/cWlkSphayg",
      "expandedUrl" : "https://twitter.com/i/web/status/1772290992281628676"
    }
  },
  {
    "like" : {
      "tweetId" : "1770906641533186049",
      "fullText" : "@amina_haddad 非常感谢！💧",
      "expandedUrl" : "https://twitter.com/i/web/status/1770906641533186049"
    }
  },
  {
    "like" : {
      "tweetId" : "1770854234118856707",
      "fullText" : "Numbers that matter 💧 https://t.co/xa9Oz8CVVj",
      "expandedUrl" : "https://twitter.com/i/web/status/1770854234118856707"
    }
  },
  {
    "like" : {
      "tweetId" : "1770829524970774529",
      "fullText" : "We &lt;3 our volunteers 🙌🏽 @noa_levi and @priya_k, thank you for three weekends of pump repairs! #WaterIsLife",
      "expandedUrl" : "https://twitter.com/i/web/status/1770829524970774529"
    }
  },
  {
    "like" : {
      "tweetId" : "1769418248044134403",
      "fullText" : "😍 #CleanWaterNow https://t.co/aHv6fx6Oxq",
      "expandedUrl" : "https://twitter.com/i/web/status/1769418248044134403"
    }
  },
  {
    "like" : {
      "tweetId" : "1768646713691938819",
      "fullText" : "Merci @unity_relief pour le convoi de ce matin ! 🙌🏽 #EauPourTous",
      "expandedUrl" : "https://twitter.com/i/web/status/1768646713691938819"
    }
  },
  {
    "like" : {
      "tweetId" : "1768303146614972421",
      "fullText" : "每一滴水都很重要 💧 #清洁水 https://t.co/EY56YE6cCY",
      "expandedUrl" : "https://twitter.com/i/web/status/1768303146614972421"
    }
  },
  {
    "like" : {
      "tweetId" : "1766816494594543623",
      "fullText" : "Our quarterly finance note is out: 84p of every £1 goes straight to programmes. https://t.co/t3lzD963UI",
      "expandedUrl" : "https://twitter.com/i/web/status/1766816494594543623"
    }
  },
  {
    "like" : {
      "tweetId" : "1766664374953451520",
      "fullText" : "Exactly why we do this work &amp; why we need you. https://t.co/ZJfZ7Sk1pq",
      "expandedUrl" : "https://twitter.com/i/web/status/1766664374953451520"
    }
  },
  {
    "like" : {
      "tweetId" : "1766440029025234946",
      "fullText" : "@unity_relief Absolutely agree, our numbers say the same: https://t.co/7RMVzXioOA",
      "expandedUrl" : "https://twitter.com/i/web/status/1766440029025234946"
    }
  },
  {
    "like" : {
      "tweetId" : "1766181087928971269",
      "fullText" : "Important read from our partners. https://t.co/Wvcq5YhSCr",
      "expandedUrl" : "https://twitter.com/i/web/status/1766181087928971269"
    }
  },
  {
    "like" : {
      "tweetId" : "1765772650609758214",
      "fullText" : "مهم جداً 👇 #الماء_حياة https://t.co/WXaZ9y6yBR",
      "expandedUrl" : "https://twitter.com/i/web/status/1765772650609758214"
    }
  },
  {
    "like" : {
      "tweetId" : "1765702183126155268",
      "fullText" : "🌍 Marche pour l’eau : rendez-vous dimanche place du Marché à 15 h #EauPourTous",
      "expandedUrl" : "https://twitter.com/i/web/status/1765702183126155268"
    }
  },
  {
    "like" : {
      "tweetId" : "1765455348408303616",
      "fullText" : "Ten litres. That is what I used just for breakfast today. #WaterIsLife",
      "expandedUrl" : "https://twitter.com/i/web/status/1765455348408303616"
    }
  },
  {
    "like" : {
      "tweetId" : "1763596368308613121",
      "fullText" : "كل قطرة مهمة 💧 #الماء_حياة https://t.co/x1vxl3vfCH",
      "expandedUrl" : "https://twitter.com/i/web/status/1763596368308613121"
    }
  },
  {
    "like" : {
      "tweetId" : "1762395299742236673",
      "fullText" : "Solar pumps &lt;-&gt; fewer diesel runs &lt;-&gt; lower costs. Simple maths, big difference 🌍 #CleanWaterNow",
      "expandedUrl" : "https://twitter.com/i/web/status/1762395299742236673"
    }
  },
  {
    "like" : {
      "tweetId" : "1762121382237851651",
      "fullText" : "Merci @unity_relief pour le convoi de ce matin ! 🙌🏽 #EauPourTous",
      "expandedUrl" : "https://twitter.com/i/web/status/1762121382237851651"
    }
  },
  {
    "like" : {
      "tweetId" : "1761935166597746688",
      "fullText" : "Shout-out to @refugee_voices &amp; @unity_relief for the joint convoy this morning 🚚💧",
      "expandedUrl" : "https://twitter.com/i/web/status/1761935166597746688"
    }
  },
  {
    "like" : {
      "tweetId" : "1761315801763299329",
      "fullText" : "Three hours in the rain at the food bank today. Worth it.",
      "expandedUrl" : "https://twitter.com/i/web/status/1761315801763299329"
    }
  },
  {
    "like" : {
      "tweetId" : "1760603044214476805",
      "fullText" : "Вода &amp; санитария: право каждого #ВодаДляВсех #WaterIsLife",
      "expandedUrl" : "https://twitter.com/i/web/status/1760603044214476805"
    }
  },
  {
    "like" : {
      "tweetId" : "1757393682307670018",
      "fullText" : "At the regional water forum today. Donor pledges vs. delivery is the story nobody wants to write. #CleanWaterNow",
      "expandedUrl" : "https://twitter.com/i/web/status/1757393682307670018"
    }
  },
  {
    "like" : {
      "tweetId" : "1755245027130556416",
      "expandedUrl" : "https://twitter.com/i/web/status/1755245027130556416"
    }
  },
  {
    "like" : {
      "tweetId" : "1744692848509050883",
      "fullText" : "Solar pumps &lt;-&gt; fewer diesel runs &lt;-&gt; lower costs. Simple maths, big difference 🌍 #CleanWaterNow",
      "expandedUrl" : "https://twitter.com/i/web/status/1744692848509050883"
    }
  },
  {
    "like" : {
      "tweetId" : "1744395865654976518",
      "fullText" : "Tomorrow 14:00 UTC: live Q&amp;A with our hydrologist @layla_mansour 💧 #WATERISLIFE",
      "expandedUrl" : "https://twitter.com/i/web/status/1744395865654976518"
    }
  },
  {
    "like" : {
      "tweetId" : "1743349446898475009",
      "fullText" : "Gracias a @dimitris_pap por las fotos del pozo nuevo 🙌🏽 #AguaParaTodos",
      "expandedUrl" : "https://twitter.com/i/web/status/1743349446898475009"
    }
  },
  {
    "like" : {
      "tweetId" : "1742578904220176385",
      "fullText" : "Chaque goutte compte 💧 Merci à nos bénévoles de Lyon ! #EauPourTous https://t.co/vPxwpg6xKs",
      "expandedUrl" : "https://twitter.com/i/web/status/1742578904220176385"
    }
  }
]