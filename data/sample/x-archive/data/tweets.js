window.YTD.tweets.part0 = [ {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1785315887863517184" ],
        "editableUntil" : "2024-04-30T15:30:51.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/iMuCJIfdUY",
        "expanded_url" : "https://unity-relief.example.org/jobs/field-engineer-2024",
        "display_url" : "unity-relief.example.org/jo…",
        "indices" : [ "14", "37" ]
      } ]
    },
    "display_text_range" : [ "0", "37" ],
    "favorite_count" : "27",
    "id_str" : "1785315887863517184",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1785315887863517184",
    "possibly_sensitive" : false,
    "created_at" : "Tue Apr 30 14:30:51 +0000 2024",
    "favorited" : false,
    "full_text" : "本周六志愿者培训，欢迎参加！https://t.co/iMuCJIfdUY",
    "lang" : "zh"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1784857403797901315" ],
        "editableUntil" : "2024-04-29T09:09:00.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "陈美玲",
        "screen_name" : "mei_chen88",
        "indices" : [ "7", "18" ],
        "id_str" : "1239884183765499910",
        "id" : "1239884183765499910"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "63" ],
    "favorite_count" : "31",
    "id_str" : "1784857403797901315",
    "truncated" : false,
    "retweet_count" : "8",
    "id" : "1784857403797901315",
    "created_at" : "Mon Apr 29 08:09:00 +0000 2024",
    "favorited" : false,
    "full_text" : "Thanks @mei_chen88 for visiting the water point in Batu today 💧",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1784646725351809031" ],
        "editableUntil" : "2024-04-28T19:11:51.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "10", "28" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "72" ],
    "favorite_count" : "39",
    "id_str" : "1784646725351809031",
    "truncated" : false,
    "retweet_count" : "10",
    "id" : "1784646725351809031",
    "created_at" : "Sun Apr 28 18:11:51 +0000 2024",
    "favorited" : false,
    "full_text" : "Thank you @climate_coalition for hosting our team in Nairobi this week 🙏",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1784599373851480071" ],
        "editableUntil" : "2024-04-28T16:03:41.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "清洁水",
        "indices" : [ "27", "31" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "陈美玲",
        "screen_name" : "mei_chen88",
        "indices" : [ "3", "14" ],
        "id_str" : "1239884183765499910",
        "id" : "1239884183765499910"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "31" ],
    "favorite_count" : "0",
    "id_str" : "1784599373851480071",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1784599373851480071",
    "created_at" : "Sun Apr 28 15:03:41 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @mei_chen88: 感谢所有志愿者 🙌🏽 #清洁水",
    "lang" : "zh"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1784551094081056772" ],
        "editableUntil" : "2024-04-28T12:51:50.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "ليلى منصور",
        "screen_name" : "layla_mansour",
        "indices" : [ "0", "14" ],
        "id_str" : "1121383351711371266",
        "id" : "1121383351711371266"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "15", "29" ],
    "favorite_count" : "16",
    "in_reply_to_status_id_str" : "1784482627578458118",
    "id_str" : "1784551094081056772",
    "in_reply_to_user_id" : "1121383351711371266",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1784551094081056772",
    "in_reply_to_status_id" : "1784482627578458118",
    "created_at" : "Sun Apr 28 11:51:50 +0000 2024",
    "favorited" : false,
    "full_text" : "@layla_mansour شكراً جزيلاً 💧",
    "lang" : "ar",
    "in_reply_to_screen_name" : "layla_mansour",
    "in_reply_to_user_id_str" : "1121383351711371266"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1784244963059642369" ],
        "editableUntil" : "2024-04-27T16:35:23.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "ＷａｔｅｒＩｓＬｉｆｅ",
        "indices" : [ "23", "35" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "3", "21" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "98" ],
    "favorite_count" : "0",
    "id_str" : "1784244963059642369",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1784244963059642369",
    "created_at" : "Sat Apr 27 15:35:23 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @climate_coalition: #ＷａｔｅｒＩｓＬｉｆｅ — a message from the students of our partner school in Tarsa 🌍",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1784126611937259525" ],
        "editableUntil" : "2024-04-27T08:45:06.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/EuZpGe9pU6",
        "expanded_url" : "https://unity-relief.example.org/donate?utm_source=x&utm_campaign=waterislife",
        "display_url" : "unity-relief.example.org/do…",
        "indices" : [ "64", "87" ]
      } ]
    },
    "display_text_range" : [ "0", "87" ],
    "favorite_count" : "7",
    "id_str" : "1784126611937259525",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1784126611937259525",
    "possibly_sensitive" : false,
    "created_at" : "Sat Apr 27 07:45:06 +0000 2024",
    "favorited" : false,
    "full_text" : "Collecte de fonds : objectif atteint à 80 %, encore un effort ! https://t.co/EuZpGe9pU6",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1783884234645020672" ],
        "editableUntil" : "2024-04-26T16:41:59.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "清洁水",
        "indices" : [ "27", "31" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "李伟",
        "screen_name" : "li_wei_water",
        "indices" : [ "3", "16" ],
        "id_str" : "1402233947554574338",
        "id" : "1402233947554574338"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "31" ],
    "favorite_count" : "0",
    "id_str" : "1783884234645020672",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1783884234645020672",
    "created_at" : "Fri Apr 26 15:41:59 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @li_wei_water: 清洁水是基本人权。#清洁水",
    "lang" : "zh"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1783803298437971974" ],
        "editableUntil" : "2024-04-26T11:20:22.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "49" ],
    "favorite_count" : "7",
    "id_str" : "1783803298437971974",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1783803298437971974",
    "created_at" : "Fri Apr 26 10:20:22 +0000 2024",
    "favorited" : false,
    "full_text" : "Gracias a todas las personas que vinieron ayer 🙌🏽",
    "lang" : "es"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1783266625233973252" ],
        "editableUntil" : "2024-04-24T23:47:49.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Eau Solidaire 💧",
        "screen_name" : "eau_solidaire",
        "indices" : [ "3", "17" ],
        "id_str" : "1232606227464015878",
        "id" : "1232606227464015878"
      } ],
      "urls" : [ {
        "url" : "https://t.co/NBdA4VOgUn",
        "expanded_url" : "https://unity-relief.example.org/donate?utm_source=x&utm_campaign=waterislife",
        "display_url" : "unity-relief.example.org/do…",
        "indices" : [ "83", "106" ]
      } ]
    },
    "display_text_range" : [ "0", "106" ],
    "favorite_count" : "0",
    "id_str" : "1783266625233973252",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1783266625233973252",
    "possibly_sensitive" : false,
    "created_at" : "Wed Apr 24 22:47:49 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @eau_solidaire: Collecte de fonds : objectif atteint à 80 %, encore un effort ! https://t.co/NBdA4VOgUn",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1782702935881129984" ],
        "editableUntil" : "2024-04-23T10:27:55.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/sgZQTI7iUO",
        "expanded_url" : "https://example.org/w",
        "display_url" : "example.org/w",
        "indices" : [ "80", "103" ]
      } ]
    },
    "display_text_range" : [ "0", "103" ],
    "favorite_count" : "9",
    "id_str" : "1782702935881129984",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1782702935881129984",
    "possibly_sensitive" : false,
    "created_at" : "Tue Apr 23 09:27:55 +0000 2024",
    "favorited" : false,
    "full_text" : "Our quarterly finance note is out: 84p of every £1 goes straight to programmes. https://t.co/sgZQTI7iUO",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1782674342534610944" ],
        "editableUntil" : "2024-04-23T08:34:18.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "ВодаДляВсех",
        "indices" : [ "54", "66" ]
      }, {
        "text" : "WaterIsLife",
        "indices" : [ "67", "79" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Иван Петров",
        "screen_name" : "ivan_petrov_",
        "indices" : [ "3", "16" ],
        "id_str" : "741600868562460673",
        "id" : "741600868562460673"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "79" ],
    "favorite_count" : "0",
    "id_str" : "1782674342534610944",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1782674342534610944",
    "created_at" : "Tue Apr 23 07:34:18 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @ivan_petrov_: Вода &amp; санитария: право каждого #ВодаДляВсех #WaterIsLife",
    "lang" : "ru"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1782443706781753349" ],
        "editableUntil" : "2024-04-22T17:17:50.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/KT5CpwkrQR",
        "expanded_url" : "https://refugee-voices.example.org/stories/the-long-walk",
        "display_url" : "refugee-voices.example.org/…",
        "indices" : [ "64", "87" ]
      } ]
    },
    "display_text_range" : [ "0", "87" ],
    "favorite_count" : "19",
    "id_str" : "1782443706781753349",
    "truncated" : false,
    "retweet_count" : "4",
    "id" : "1782443706781753349",
    "possibly_sensitive" : false,
    "created_at" : "Mon Apr 22 16:17:50 +0000 2024",
    "favorited" : false,
    "full_text" : "قصة أم سلمى: ساعتان كل يوم للوصول إلى الماء. اقرأوا القصة كاملة https://t.co/KT5CpwkrQR",
    "lang" : "ar"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1782098497865244675" ],
        "editableUntil" : "2024-04-21T18:26:06.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/DEhNT5pseQ",
        "expanded_url" : "https://refugee-voices.example.org/stories/the-long-walk",
        "display_url" : "refugee-voices.example.org/…",
        "indices" : [ "64", "87" ]
      } ]
    },
    "display_text_range" : [ "0", "87" ],
    "favorite_count" : "19",
    "id_str" : "1782098497865244675",
    "truncated" : false,
    "retweet_count" : "4",
    "id" : "1782098497865244675",
    "possibly_sensitive" : false,
    "created_at" : "Sun Apr 21 17:26:06 +0000 2024",
    "favorited" : false,
    "full_text" : "قصة أم سلمى: ساعتان كل يوم للوصول إلى الماء. اقرأوا القصة كاملة https://t.co/DEhNT5pseQ",
    "lang" : "ar"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1782079768623923206" ],
        "editableUntil" : "2024-04-21T17:11:40.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "AguaParaTodos",
        "indices" : [ "19", "33" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/L8VAjjJ0Qr",
        "expanded_url" : "https://unity-relief.example.org/water?utm_source=x",
        "display_url" : "unity-relief.example.org/wa…",
        "indices" : [ "34", "57" ]
      } ]
    },
    "display_text_range" : [ "0", "57" ],
    "favorite_count" : "8",
    "id_str" : "1782079768623923206",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1782079768623923206",
    "possibly_sensitive" : false,
    "created_at" : "Sun Apr 21 16:11:40 +0000 2024",
    "favorited" : false,
    "full_text" : "Cada gota cuenta 💧 #AguaParaTodos https://t.co/L8VAjjJ0Qr",
    "lang" : "es"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1782031845692485633" ],
        "editableUntil" : "2024-04-21T14:01:15.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "47", "59" ]
      }, {
        "text" : "CleanWaterNow",
        "indices" : [ "60", "74" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "75", "93" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "93" ],
    "favorite_count" : "21",
    "id_str" : "1782031845692485633",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1782031845692485633",
    "created_at" : "Sun Apr 21 13:01:15 +0000 2024",
    "favorited" : false,
    "full_text" : "What will you do for clean water this month? 🚰 #WaterIsLife #CleanWaterNow @climate_coalition",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1781994647395213316" ],
        "editableUntil" : "2024-04-21T11:33:26.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/j3lwdapJwx",
        "expanded_url" : "https://eau-solidaire.example.fr/campagne/eau-pour-tous",
        "display_url" : "eau-solidaire.example.fr/ca…",
        "indices" : [ "71", "94" ]
      } ]
    },
    "display_text_range" : [ "0", "94" ],
    "favorite_count" : "19",
    "id_str" : "1781994647395213316",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1781994647395213316",
    "possibly_sensitive" : false,
    "created_at" : "Sun Apr 21 10:33:26 +0000 2024",
    "favorited" : false,
    "full_text" : "Volunteers needed this Saturday in Lyon &amp; Marseille, sign up here: https://t.co/j3lwdapJwx",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1781367378851643392" ],
        "editableUntil" : "2024-04-19T18:00:53.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "37", "49" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Mara Lindqvist · Press Desk",
        "screen_name" : "press_desk",
        "indices" : [ "0", "11" ],
        "id_str" : "48213975",
        "id" : "48213975"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "12", "49" ],
    "favorite_count" : "247",
    "in_reply_to_status_id_str" : "1781230056899932164",
    "id_str" : "1781367378851643392",
    "in_reply_to_user_id" : "48213975",
    "truncated" : false,
    "retweet_count" : "42",
    "id" : "1781367378851643392",
    "in_reply_to_status_id" : "1781230056899932164",
    "created_at" : "Fri Apr 19 17:00:53 +0000 2024",
    "favorited" : false,
    "full_text" : "@press_desk Count us in for Saturday #WaterIsLife",
    "lang" : "en",
    "in_reply_to_screen_name" : "press_desk",
    "in_reply_to_user_id_str" : "48213975"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1781070080138502150" ],
        "editableUntil" : "2024-04-18T22:19:32.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "13", "31" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "57" ],
    "favorite_count" : "63",
    "in_reply_to_status_id_str" : "1781066405925720064",
    "id_str" : "1781070080138502150",
    "in_reply_to_user_id" : "1105408086639386626",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1781070080138502150",
    "in_reply_to_status_id" : "1781066405925720064",
    "created_at" : "Thu Apr 18 21:19:32 +0000 2024",
    "favorited" : false,
    "full_text" : "3/ Gracias a @climate_coalition por los datos de lluvia 🌍",
    "lang" : "es",
    "in_reply_to_screen_name" : "unity_relief",
    "in_reply_to_user_id_str" : "1105408086639386626"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1781066405925720064" ],
        "editableUntil" : "2024-04-18T22:04:56.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "64" ],
    "favorite_count" : "295",
    "in_reply_to_status_id_str" : "1781065835499823108",
    "id_str" : "1781066405925720064",
    "in_reply_to_user_id" : "1105408086639386626",
    "truncated" : false,
    "retweet_count" : "86",
    "id" : "1781066405925720064",
    "in_reply_to_status_id" : "1781065835499823108",
    "created_at" : "Thu Apr 18 21:04:56 +0000 2024",
    "favorited" : false,
    "full_text" : "2/ Primero escuchamos a la comunidad, después miramos los mapas.",
    "lang" : "es",
    "in_reply_to_screen_name" : "unity_relief",
    "in_reply_to_user_id_str" : "1105408086639386626"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1781065835499823108" ],
        "editableUntil" : "2024-04-18T22:02:40.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "AguaParaTodos",
        "indices" : [ "37", "51" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "51" ],
    "favorite_count" : "13",
    "id_str" : "1781065835499823108",
    "truncated" : false,
    "retweet_count" : "4",
    "id" : "1781065835499823108",
    "created_at" : "Thu Apr 18 21:02:40 +0000 2024",
    "favorited" : false,
    "full_text" : "Hilo: cómo elegimos dónde perforar 🧵 #AguaParaTodos",
    "lang" : "es"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1780983994318155777" ],
        "editableUntil" : "2024-04-18T16:37:27.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Yusuf Okonkwo",
        "screen_name" : "yusuf_ok",
        "indices" : [ "0", "9" ],
        "id_str" : "1711713184774684676",
        "id" : "1711713184774684676"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "10", "21" ],
    "favorite_count" : "2",
    "in_reply_to_status_id_str" : "1779569080234008582",
    "id_str" : "1780983994318155777",
    "in_reply_to_user_id" : "1711713184774684676",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1780983994318155777",
    "in_reply_to_status_id" : "1779569080234008582",
    "created_at" : "Thu Apr 18 15:37:27 +0000 2024",
    "favorited" : false,
    "full_text" : "@yusuf_ok ¡Gracias! 💧",
    "lang" : "es",
    "in_reply_to_screen_name" : "yusuf_ok",
    "in_reply_to_user_id_str" : "1711713184774684676"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1780692124269625351" ],
        "editableUntil" : "2024-04-17T21:17:40.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/72VUg153IP",
        "expanded_url" : "https://unity-relief.example.org/jobs/field-engineer-2024",
        "display_url" : "unity-relief.example.org/jo…",
        "indices" : [ "14", "37" ]
      } ]
    },
    "display_text_range" : [ "0", "37" ],
    "favorite_count" : "10",
    "id_str" : "1780692124269625351",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1780692124269625351",
    "possibly_sensitive" : false,
    "created_at" : "Wed Apr 17 20:17:40 +0000 2024",
    "favorited" : false,
    "full_text" : "本周六志愿者培训，欢迎参加！https://t.co/72VUg153IP",
    "lang" : "zh"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1780642804218281990" ],
        "editableUntil" : "2024-04-17T18:01:41.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "الماء_حياة",
        "indices" : [ "33", "44" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "أمينة حداد",
        "screen_name" : "amina_haddad",
        "indices" : [ "3", "16" ],
        "id_str" : "682894034336473092",
        "id" : "682894034336473092"
      } ],
      "urls" : [ {
        "url" : "https://t.co/z0E2K1T4eW",
        "expanded_url" : "https://unity-relief.example.org/water?utm_source=x",
        "display_url" : "unity-relief.example.org/wa…",
        "indices" : [ "45", "68" ]
      } ]
    },
    "display_text_range" : [ "0", "68" ],
    "favorite_count" : "0",
    "id_str" : "1780642804218281990",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1780642804218281990",
    "possibly_sensitive" : false,
    "created_at" : "Wed Apr 17 17:01:41 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @amina_haddad: كل قطرة مهمة 💧 #الماء_حياة https://t.co/z0E2K1T4eW",
    "lang" : "ar"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1780569323449278468" ],
        "editableUntil" : "2024-04-17T13:09:42.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Carlos Ruiz-Vega",
        "screen_name" : "carlos_rv",
        "indices" : [ "0", "10" ],
        "id_str" : "900689141562343425",
        "id" : "900689141562343425"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "11", "53" ],
    "favorite_count" : "26",
    "in_reply_to_status_id_str" : "1780536282719305731",
    "id_str" : "1780569323449278468",
    "in_reply_to_user_id" : "900689141562343425",
    "truncated" : false,
    "retweet_count" : "7",
    "id" : "1780569323449278468",
    "in_reply_to_status_id" : "1780536282719305731",
    "created_at" : "Wed Apr 17 12:09:42 +0000 2024",
    "favorited" : false,
    "full_text" : "@carlos_rv Great work &amp; thanks for the shout-out!",
    "lang" : "en",
    "in_reply_to_user_id_str" : "900689141562343425"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1780564616011251715" ],
        "editableUntil" : "2024-04-17T12:51:00.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "CleanWaterNow",
        "indices" : [ "2", "16" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/0IKAzmOdcM",
        "expanded_url" : "https://twitter.com/refugee_voices/status/1744380241866829824",
        "display_url" : "twitter.com/refugee_voices/…",
        "indices" : [ "17", "40" ]
      } ]
    },
    "display_text_range" : [ "0", "40" ],
    "favorite_count" : "14",
    "id_str" : "1780564616011251715",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1780564616011251715",
    "possibly_sensitive" : false,
    "created_at" : "Wed Apr 17 11:51:00 +0000 2024",
    "favorited" : false,
    "full_text" : "😍 #CleanWaterNow https://t.co/0IKAzmOdcM",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1780278220026802176" ],
        "editableUntil" : "2024-04-16T17:52:58.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "100" ],
    "favorite_count" : "11",
    "id_str" : "1780278220026802176",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1780278220026802176",
    "created_at" : "Tue Apr 16 16:52:58 +0000 2024",
    "favorited" : false,
    "full_text" : "Storm update: shelters in the eastern district are open tonight, hot meals &amp; blankets available.",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1780201668468948996" ],
        "editableUntil" : "2024-04-16T12:48:46.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "43", "55" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/oLGwhUr8VV",
        "expanded_url" : "https://unity-relief.example.org/water?utm_source=x",
        "display_url" : "unity-relief.example.org/wa…",
        "indices" : [ "56", "79" ]
      } ]
    },
    "display_text_range" : [ "0", "79" ],
    "favorite_count" : "2",
    "id_str" : "1780201668468948996",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1780201668468948996",
    "possibly_sensitive" : false,
    "created_at" : "Tue Apr 16 11:48:46 +0000 2024",
    "favorited" : false,
    "full_text" : "Clean water is not charity, it is a right. #WaterIsLife https://t.co/oLGwhUr8VV",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1779815507422756866" ],
        "editableUntil" : "2024-04-15T11:14:18.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Eau Solidaire 💧",
        "screen_name" : "eau_solidaire",
        "indices" : [ "13", "27" ],
        "id_str" : "1232606227464015878",
        "id" : "1232606227464015878"
      }, {
        "name" : "Water4All 🚰",
        "screen_name" : "water4all_ngo",
        "indices" : [ "34", "48" ],
        "id_str" : "870580749730082820",
        "id" : "870580749730082820"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "85" ],
    "favorite_count" : "30",
    "id_str" : "1779815507422756866",
    "truncated" : false,
    "retweet_count" : "5",
    "id" : "1779815507422756866",
    "created_at" : "Mon Apr 15 10:14:18 +0000 2024",
    "favorited" : false,
    "full_text" : "Shout-out to @eau_solidaire &amp; @water4all_ngo for the joint convoy this morning 🚚💧",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1779565091894145025" ],
        "editableUntil" : "2024-04-14T18:39:15.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "121", "133" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "3", "21" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "134" ],
    "favorite_count" : "0",
    "id_str" : "1779565091894145025",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1779565091894145025",
    "created_at" : "Sun Apr 14 17:39:15 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @climate_coalition: Every drop counts 💧 Our field teams delivered 12,000 litres of safe water in the north this week. #WaterIsLife…",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1779545209486512131" ],
        "editableUntil" : "2024-04-14T17:20:14.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Eau Solidaire 💧",
        "screen_name" : "eau_solidaire",
        "indices" : [ "7", "21" ],
        "id_str" : "1232606227464015878",
        "id" : "1232606227464015878"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "66" ],
    "favorite_count" : "232",
    "id_str" : "1779545209486512131",
    "truncated" : false,
    "retweet_count" : "14",
    "id" : "1779545209486512131",
    "created_at" : "Sun Apr 14 16:20:14 +0000 2024",
    "favorited" : false,
    "full_text" : "Thanks @eau_solidaire for visiting the water point in Batu today 💧",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1779210683933892615" ],
        "editableUntil" : "2024-04-13T19:10:57.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "98", "110" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/02m5WGkwqa",
        "expanded_url" : "https://unity-relief.example.org/water?utm_source=x",
        "display_url" : "unity-relief.example.org/wa…",
        "indices" : [ "111", "134" ]
      } ]
    },
    "display_text_range" : [ "0", "134" ],
    "favorite_count" : "24",
    "id_str" : "1779210683933892615",
    "truncated" : false,
    "retweet_count" : "8",
    "id" : "1779210683933892615",
    "possibly_sensitive" : false,
    "created_at" : "Sat Apr 13 18:10:57 +0000 2024",
    "favorited" : false,
    "full_text" : "Every drop counts 💧 Our field teams delivered 12,000 litres of safe water in the north this week. #WaterIsLife https://t.co/02m5WGkwqa",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1778863809423917059" ],
        "editableUntil" : "2024-04-12T20:12:36.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "الماء_حياة",
        "indices" : [ "11", "22" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/wfSLjqv0rm",
        "expanded_url" : "https://twitter.com/press_desk/status/1776218506793013253",
        "display_url" : "twitter.com/press_desk/stat…",
        "indices" : [ "23", "46" ]
      } ]
    },
    "display_text_range" : [ "0", "46" ],
    "favorite_count" : "8",
    "id_str" : "1778863809423917059",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1778863809423917059",
    "possibly_sensitive" : false,
    "created_at" : "Fri Apr 12 19:12:36 +0000 2024",
    "favorited" : false,
    "full_text" : "مهم جداً 👇 #الماء_حياة https://t.co/wfSLjqv0rm",
    "lang" : "ar"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1778493625395187719" ],
        "editableUntil" : "2024-04-11T19:41:37.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "62", "74" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Water4All 🚰",
        "screen_name" : "water4all_ngo",
        "indices" : [ "3", "17" ],
        "id_str" : "870580749730082820",
        "id" : "870580749730082820"
      } ],
      "urls" : [ {
        "url" : "https://t.co/QKxYCcG2qm",
        "expanded_url" : "https://unity-relief.example.org/water?utm_source=x",
        "display_url" : "unity-relief.example.org/wa…",
        "indices" : [ "75", "98" ]
      } ]
    },
    "display_text_range" : [ "0", "98" ],
    "favorite_count" : "0",
    "id_str" : "1778493625395187719",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1778493625395187719",
    "possibly_sensitive" : false,
    "created_at" : "Thu Apr 11 18:41:37 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @water4all_ngo: Clean water is not charity, it is a right. #WaterIsLife https://t.co/QKxYCcG2qm",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1778443411582271488" ],
        "editableUntil" : "2024-04-11T16:22:05.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "ليلى منصور",
        "screen_name" : "layla_mansour",
        "indices" : [ "0", "14" ],
        "id_str" : "1121383351711371266",
        "id" : "1121383351711371266"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "15", "31" ],
    "favorite_count" : "9",
    "in_reply_to_status_id_str" : "1776232784827682821",
    "id_str" : "1778443411582271488",
    "in_reply_to_user_id" : "1121383351711371266",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1778443411582271488",
    "in_reply_to_status_id" : "1776232784827682821",
    "created_at" : "Thu Apr 11 15:22:05 +0000 2024",
    "favorited" : false,
    "full_text" : "@layla_mansour Welcome aboard 🌍",
    "lang" : "en",
    "in_reply_to_screen_name" : "layla_mansour",
    "in_reply_to_user_id_str" : "1121383351711371266"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1778438855386873861" ],
        "editableUntil" : "2024-04-11T16:03:59.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "71", "83" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "प्रिया कुमार",
        "screen_name" : "priya_k",
        "indices" : [ "3", "11" ],
        "id_str" : "1491381362491777025",
        "id" : "1491381362491777025"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "83" ],
    "favorite_count" : "0",
    "id_str" : "1778438855386873861",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1778438855386873861",
    "created_at" : "Thu Apr 11 15:03:59 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @priya_k: Ten litres. That is what I used just for breakfast today. #WaterIsLife",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1778385787059486727" ],
        "editableUntil" : "2024-04-11T12:33:07.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "0", "18" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      }, {
        "name" : "Eau Solidaire 💧",
        "screen_name" : "eau_solidaire",
        "indices" : [ "19", "33" ],
        "id_str" : "1232606227464015878",
        "id" : "1232606227464015878"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "34", "54" ],
    "favorite_count" : "4",
    "in_reply_to_status_id_str" : "1774195849090076674",
    "id_str" : "1778385787059486727",
    "in_reply_to_user_id" : "557477633850793987",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1778385787059486727",
    "in_reply_to_status_id" : "1774195849090076674",
    "created_at" : "Thu Apr 11 11:33:07 +0000 2024",
    "favorited" : false,
    "full_text" : "@climate_coalition @eau_solidaire Thank you so much! 💧",
    "lang" : "en",
    "in_reply_to_screen_name" : "climate_coalition",
    "in_reply_to_user_id_str" : "557477633850793987"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1778329075382976518" ],
        "editableUntil" : "2024-04-11T08:47:45.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "3", "21" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      } ],
      "urls" : [ {
        "url" : "https://t.co/7alC1LmxBy",
        "expanded_url" : "https://example.org/w",
        "display_url" : "example.org/w",
        "indices" : [ "80", "103" ]
      } ]
    },
    "display_text_range" : [ "0", "103" ],
    "favorite_count" : "0",
    "id_str" : "1778329075382976518",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1778329075382976518",
    "possibly_sensitive" : false,
    "created_at" : "Thu Apr 11 07:47:45 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @climate_coalition: Board meeting minutes for Q1 are now online for members: https://t.co/7alC1LmxBy",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1777774028517380099" ],
        "editableUntil" : "2024-04-09T20:02:12.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/whDYznhPNm",
        "expanded_url" : "https://refugee-voices.example.org/stories/the-long-walk",
        "display_url" : "refugee-voices.example.org/…",
        "indices" : [ "64", "87" ]
      } ]
    },
    "display_text_range" : [ "0", "87" ],
    "favorite_count" : "53",
    "id_str" : "1777774028517380099",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1777774028517380099",
    "possibly_sensitive" : false,
    "created_at" : "Tue Apr 09 19:02:12 +0000 2024",
    "favorited" : false,
    "full_text" : "قصة أم سلمى: ساعتان كل يوم للوصول إلى الماء. اقرأوا القصة كاملة https://t.co/whDYznhPNm",
    "lang" : "ar"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1777645836276035588" ],
        "editableUntil" : "2024-04-09T11:32:49.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "EauPourTous",
        "indices" : [ "64", "76" ]
      }, {
        "text" : "WaterIsLife",
        "indices" : [ "77", "89" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Fatou Diallo",
        "screen_name" : "fatou_d",
        "indices" : [ "3", "11" ],
        "id_str" : "1478335399328518149",
        "id" : "1478335399328518149"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "89" ],
    "favorite_count" : "0",
    "id_str" : "1777645836276035588",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1777645836276035588",
    "created_at" : "Tue Apr 09 10:32:49 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @fatou_d: L’accès à l’eau n’est pas un luxe. C’est un droit. #EauPourTous #WaterIsLife",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1777037780642955268" ],
        "editableUntil" : "2024-04-07T19:16:37.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "66" ],
    "favorite_count" : "70",
    "id_str" : "1777037780642955268",
    "truncated" : false,
    "retweet_count" : "6",
    "id" : "1777037780642955268",
    "created_at" : "Sun Apr 07 18:16:37 +0000 2024",
    "favorited" : false,
    "full_text" : "Assemblée générale le 12 avril à Lyon, ouverte à tous les membres.",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1777031607354806278" ],
        "editableUntil" : "2024-04-07T18:52:05.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "EauPourTous",
        "indices" : [ "55", "67" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/txvGO7XRsI",
        "expanded_url" : "https://eau-solidaire.example.fr/campagne/eau-pour-tous",
        "display_url" : "eau-solidaire.example.fr/ca…",
        "indices" : [ "68", "91" ]
      } ]
    },
    "display_text_range" : [ "0", "91" ],
    "favorite_count" : "6",
    "id_str" : "1777031607354806278",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1777031607354806278",
    "possibly_sensitive" : false,
    "created_at" : "Sun Apr 07 17:52:05 +0000 2024",
    "favorited" : false,
    "full_text" : "Chaque goutte compte 💧 Merci à nos bénévoles de Lyon ! #EauPourTous https://t.co/txvGO7XRsI",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1776821556972589059" ],
        "editableUntil" : "2024-04-07T04:57:25.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Mara Lindqvist · Press Desk",
        "screen_name" : "press_desk",
        "indices" : [ "3", "14" ],
        "id_str" : "48213975",
        "id" : "48213975"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "87" ],
    "favorite_count" : "0",
    "id_str" : "1776821556972589059",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1776821556972589059",
    "created_at" : "Sun Apr 07 03:57:25 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @press_desk: Train delayed again. Time to answer emails about the school fundraiser.",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1776667428370956288" ],
        "editableUntil" : "2024-04-06T18:44:58.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "清洁水",
        "indices" : [ "29", "33" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "李伟",
        "screen_name" : "li_wei_water",
        "indices" : [ "3", "16" ],
        "id_str" : "1402233947554574338",
        "id" : "1402233947554574338"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "33" ],
    "favorite_count" : "0",
    "id_str" : "1776667428370956288",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1776667428370956288",
    "created_at" : "Sat Apr 06 17:44:58 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @li_wei_water: 感谢所有志愿者 🙌🏽 #清洁水",
    "lang" : "zh"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1776600338741637127" ],
        "editableUntil" : "2024-04-06T14:18:23.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "61", "73" ]
      }, {
        "text" : "EauPourTous",
        "indices" : [ "74", "86" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "86" ],
    "favorite_count" : "26",
    "id_str" : "1776600338741637127",
    "truncated" : false,
    "retweet_count" : "6",
    "id" : "1776600338741637127",
    "created_at" : "Sat Apr 06 13:18:23 +0000 2024",
    "favorited" : false,
    "full_text" : "Reminder: taps &amp; toilets in schools keep girls in class. #WaterIsLife #EauPourTous",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1776490742953984003" ],
        "editableUntil" : "2024-04-06T07:02:53.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/OS2DBqPLIT",
        "expanded_url" : "https://unity-relief.example.org/jobs/field-engineer-2024",
        "display_url" : "unity-relief.example.org/jo…",
        "indices" : [ "14", "37" ]
      } ]
    },
    "display_text_range" : [ "0", "37" ],
    "favorite_count" : "4",
    "id_str" : "1776490742953984003",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1776490742953984003",
    "possibly_sensitive" : false,
    "created_at" : "Sat Apr 06 06:02:53 +0000 2024",
    "favorited" : false,
    "full_text" : "本周六志愿者培训，欢迎参加！https://t.co/OS2DBqPLIT",
    "lang" : "zh"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1776333148801155073" ],
        "editableUntil" : "2024-04-05T20:36:40.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "81", "93" ]
      }, {
        "text" : "EauPourTous",
        "indices" : [ "94", "106" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Refugee Voices | أصوات اللاجئين",
        "screen_name" : "refugee_voices",
        "indices" : [ "3", "18" ],
        "id_str" : "1049600355335102471",
        "id" : "1049600355335102471"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "106" ],
    "favorite_count" : "0",
    "id_str" : "1776333148801155073",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1776333148801155073",
    "created_at" : "Fri Apr 05 19:36:40 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @refugee_voices: Reminder: taps &amp; toilets in schools keep girls in class. #WaterIsLife #EauPourTous",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1776306633251356676" ],
        "editableUntil" : "2024-04-05T18:51:18.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/B2f7ltfBmd",
        "expanded_url" : "https://example.org/w",
        "display_url" : "example.org/w",
        "indices" : [ "80", "103" ]
      } ]
    },
    "display_text_range" : [ "0", "103" ],
    "favorite_count" : "17",
    "id_str" : "1776306633251356676",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1776306633251356676",
    "possibly_sensitive" : false,
    "created_at" : "Fri Apr 05 17:51:18 +0000 2024",
    "favorited" : false,
    "full_text" : "Our quarterly finance note is out: 84p of every £1 goes straight to programmes. https://t.co/B2f7ltfBmd",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1776165754118864899" ],
        "editableUntil" : "2024-04-05T09:31:30.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "الماء_حياة",
        "indices" : [ "22", "33" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "김하나",
        "screen_name" : "hana_kim",
        "indices" : [ "0", "9" ],
        "id_str" : "1725846311532179458",
        "id" : "1725846311532179458"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "10", "33" ],
    "favorite_count" : "6",
    "in_reply_to_status_id_str" : "1771844743973421056",
    "id_str" : "1776165754118864899",
    "in_reply_to_user_id" : "1725846311532179458",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1776165754118864899",
    "in_reply_to_status_id" : "1771844743973421056",
    "created_at" : "Fri Apr 05 08:31:30 +0000 2024",
    "favorited" : false,
    "full_text" : "@hana_kim نتفق تماماً #الماء_حياة",
    "lang" : "ar",
    "in_reply_to_screen_name" : "hana_kim",
    "in_reply_to_user_id_str" : "1725846311532179458"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1776118552076783618" ],
        "editableUntil" : "2024-04-05T06:23:56.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/XhBzaDx0AL",
        "expanded_url" : "https://unity-relief.example.org/jobs/field-engineer-2024",
        "display_url" : "unity-relief.example.org/jo…",
        "indices" : [ "25", "48" ]
      } ]
    },
    "display_text_range" : [ "0", "48" ],
    "favorite_count" : "27",
    "id_str" : "1776118552076783618",
    "truncated" : false,
    "retweet_count" : "6",
    "id" : "1776118552076783618",
    "possibly_sensitive" : false,
    "created_at" : "Fri Apr 05 05:23:56 +0000 2024",
    "favorited" : false,
    "full_text" : "Ищем волонтёров на лето: https://t.co/XhBzaDx0AL",
    "lang" : "ru"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1775894457722601472" ],
        "editableUntil" : "2024-04-04T15:33:27.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "AguaParaTodos",
        "indices" : [ "73", "87" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Water4All 🚰",
        "screen_name" : "water4all_ngo",
        "indices" : [ "3", "17" ],
        "id_str" : "870580749730082820",
        "id" : "870580749730082820"
      } ],
      "urls" : [ {
        "url" : "https://t.co/NooJxoI48g",
        "expanded_url" : "https://refugee-voices.example.org/stories/the-long-walk",
        "display_url" : "refugee-voices.example.org/…",
        "indices" : [ "88", "111" ]
      } ]
    },
    "display_text_range" : [ "0", "111" ],
    "favorite_count" : "0",
    "id_str" : "1775894457722601472",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1775894457722601472",
    "possibly_sensitive" : false,
    "created_at" : "Thu Apr 04 14:33:27 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @water4all_ngo: El agua limpia cambia la vida de una comunidad entera #AguaParaTodos https://t.co/NooJxoI48g",
    "lang" : "es"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1775296752149995520" ],
        "editableUntil" : "2024-04-02T23:58:23.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Yusuf Okonkwo",
        "screen_name" : "yusuf_ok",
        "indices" : [ "3", "12" ],
        "id_str" : "1711713184774684676",
        "id" : "1711713184774684676"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "71" ],
    "favorite_count" : "0",
    "id_str" : "1775296752149995520",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1775296752149995520",
    "created_at" : "Tue Apr 02 22:58:23 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @yusuf_ok: Three hours in the rain at the food bank today. Worth it.",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1775172339704295425" ],
        "editableUntil" : "2024-04-02T15:44:01.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Carlos Ruiz-Vega",
        "screen_name" : "carlos_rv",
        "indices" : [ "0", "10" ],
        "id_str" : "900689141562343425",
        "id" : "900689141562343425"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "11", "27" ],
    "favorite_count" : "16",
    "in_reply_to_status_id_str" : "1771896913685745671",
    "id_str" : "1775172339704295425",
    "in_reply_to_user_id" : "900689141562343425",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1775172339704295425",
    "in_reply_to_status_id" : "1771896913685745671",
    "created_at" : "Tue Apr 02 14:44:01 +0000 2024",
    "favorited" : false,
    "full_text" : "@carlos_rv Welcome aboard 🌍",
    "lang" : "en",
    "in_reply_to_screen_name" : "carlos_rv",
    "in_reply_to_user_id_str" : "900689141562343425"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1774514174240256000" ],
        "editableUntil" : "2024-03-31T20:08:42.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Mara Lindqvist · Press Desk",
        "screen_name" : "press_desk",
        "indices" : [ "0", "11" ],
        "id_str" : "48213975",
        "id" : "48213975"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "54" ],
    "favorite_count" : "2",
    "id_str" : "1774514174240256000",
    "in_reply_to_user_id" : "48213975",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1774514174240256000",
    "created_at" : "Sun Mar 31 19:08:42 +0000 2024",
    "favorited" : false,
    "full_text" : "@press_desk Great work &amp; thanks for the shout-out!",
    "lang" : "en",
    "in_reply_to_screen_name" : "press_desk",
    "in_reply_to_user_id_str" : "48213975"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1774183682880548865" ],
        "editableUntil" : "2024-03-30T22:15:27.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "100" ],
    "favorite_count" : "30",
    "id_str" : "1774183682880548865",
    "truncated" : false,
    "retweet_count" : "5",
    "id" : "1774183682880548865",
    "created_at" : "Sat Mar 30 21:15:27 +0000 2024",
    "favorited" : false,
    "full_text" : "Storm update: shelters in the eastern district are open tonight, hot meals &amp; blankets available.",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1774114705990594561" ],
        "editableUntil" : "2024-03-30T17:41:22.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "CleanWaterNow",
        "indices" : [ "62", "76" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/6rLeUExzrG",
        "expanded_url" : "https://water4all.example.net/reports/state-of-wells-2024",
        "display_url" : "water4all.example.net/repor…",
        "indices" : [ "77", "100" ]
      } ]
    },
    "display_text_range" : [ "0", "100" ],
    "favorite_count" : "9",
    "id_str" : "1774114705990594561",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1774114705990594561",
    "possibly_sensitive" : false,
    "created_at" : "Sat Mar 30 16:41:22 +0000 2024",
    "favorited" : false,
    "full_text" : "Our R&amp;D crew is field-testing a low-cost ceramic filter 🚰 #CleanWaterNow https://t.co/6rLeUExzrG",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1773716285069316103" ],
        "editableUntil" : "2024-03-29T15:18:11.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "CleanWaterNow",
        "indices" : [ "40", "54" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "김하나",
        "screen_name" : "hana_kim",
        "indices" : [ "3", "12" ],
        "id_str" : "1725846311532179458",
        "id" : "1725846311532179458"
      }, {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "63", "81" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "96" ],
    "favorite_count" : "0",
    "id_str" : "1773716285069316103",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1773716285069316103",
    "created_at" : "Fri Mar 29 14:18:11 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @hana_kim: 🌍 Ran the charity 10k for #CleanWaterNow! Thanks @climate_coalition for organising",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1773701788145737734" ],
        "editableUntil" : "2024-03-29T14:20:34.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "CleanWaterNow",
        "indices" : [ "94", "108" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "108" ],
    "favorite_count" : "34",
    "id_str" : "1773701788145737734",
    "truncated" : false,
    "retweet_count" : "4",
    "id" : "1773701788145737734",
    "created_at" : "Fri Mar 29 13:20:34 +0000 2024",
    "favorited" : false,
    "full_text" : "Solar pumps &lt;-&gt; fewer diesel runs &lt;-&gt; lower costs. Simple maths, big difference 🌍 #CleanWaterNow",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1773612136580272131" ],
        "editableUntil" : "2024-03-29T08:24:20.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/8OnLCjPB28",
        "expanded_url" : "https://twitter.com/yusuf_ok/status/1771209837194981383",
        "display_url" : "twitter.com/yusuf_ok/status…",
        "indices" : [ "31", "54" ]
      } ]
    },
    "display_text_range" : [ "0", "54" ],
    "favorite_count" : "10",
    "id_str" : "1773612136580272131",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1773612136580272131",
    "possibly_sensitive" : false,
    "created_at" : "Fri Mar 29 07:24:20 +0000 2024",
    "favorited" : false,
    "full_text" : "Great thread, worth your time. https://t.co/8OnLCjPB28",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1773326890786582533" ],
        "editableUntil" : "2024-03-28T13:30:52.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "AguaParaTodos",
        "indices" : [ "19", "33" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/pQEB4Vmos4",
        "expanded_url" : "https://unity-relief.example.org/water?utm_source=x",
        "display_url" : "unity-relief.example.org/wa…",
        "indices" : [ "34", "57" ]
      } ]
    },
    "display_text_range" : [ "0", "57" ],
    "favorite_count" : "12",
    "id_str" : "1773326890786582533",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1773326890786582533",
    "possibly_sensitive" : false,
    "created_at" : "Thu Mar 28 12:30:52 +0000 2024",
    "favorited" : false,
    "full_text" : "Cada gota cuenta 💧 #AguaParaTodos https://t.co/pQEB4Vmos4",
    "lang" : "es"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1773309262260498439" ],
        "editableUntil" : "2024-03-28T12:20:49.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Jean-Baptiste Morel",
        "screen_name" : "jb_morel",
        "indices" : [ "0", "9" ],
        "id_str" : "1036222203296567299",
        "id" : "1036222203296567299"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "10", "28" ],
    "favorite_count" : "15",
    "in_reply_to_status_id_str" : "1772324381232390146",
    "id_str" : "1773309262260498439",
    "in_reply_to_user_id" : "1036222203296567299",
    "truncated" : false,
    "retweet_count" : "5",
    "id" : "1773309262260498439",
    "in_reply_to_status_id" : "1772324381232390146",
    "created_at" : "Thu Mar 28 11:20:49 +0000 2024",
    "favorited" : false,
    "full_text" : "@jb_morel Merci beaucoup ! 💧",
    "lang" : "fr",
    "in_reply_to_user_id_str" : "1036222203296567299"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1772860136775548933" ],
        "editableUntil" : "2024-03-27T06:36:09.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Jean-Baptiste Morel",
        "screen_name" : "jb_morel",
        "indices" : [ "3", "12" ],
        "id_str" : "1036222203296567299",
        "id" : "1036222203296567299"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "58" ],
    "favorite_count" : "0",
    "id_str" : "1772860136775548933",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1772860136775548933",
    "created_at" : "Wed Mar 27 05:36:09 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @jb_morel: Merci à la mairie pour le prêt de la salle 🙏",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1772640647263588358" ],
        "editableUntil" : "2024-03-26T16:03:59.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "68", "80" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Carlos Ruiz-Vega",
        "screen_name" : "carlos_rv",
        "indices" : [ "3", "13" ],
        "id_str" : "900689141562343425",
        "id" : "900689141562343425"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "80" ],
    "favorite_count" : "0",
    "id_str" : "1772640647263588358",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1772640647263588358",
    "created_at" : "Tue Mar 26 15:03:59 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @carlos_rv: My students built a rain gauge from a bottle today 💧 #WaterIsLife",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1772601643027673093" ],
        "editableUntil" : "2024-03-26T13:28:59.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "EauPourTous",
        "indices" : [ "66", "78" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Jean-Baptiste Morel",
        "screen_name" : "jb_morel",
        "indices" : [ "3", "12" ],
        "id_str" : "1036222203296567299",
        "id" : "1036222203296567299"
      }, {
        "name" : "Unity Relief 🌍",
        "screen_name" : "unity_relief",
        "indices" : [ "20", "33" ],
        "id_str" : "1105408086639386626",
        "id" : "1105408086639386626"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "78" ],
    "favorite_count" : "0",
    "id_str" : "1772601643027673093",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1772601643027673093",
    "created_at" : "Tue Mar 26 12:28:59 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @jb_morel: Merci @unity_relief pour le convoi de ce matin ! 🙌🏽 #EauPourTous",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1772196936528654338" ],
        "editableUntil" : "2024-03-25T10:40:50.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Water4All 🚰",
        "screen_name" : "water4all_ngo",
        "indices" : [ "0", "14" ],
        "id_str" : "870580749730082820",
        "id" : "870580749730082820"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "15", "40" ],
    "favorite_count" : "12",
    "in_reply_to_status_id_str" : "1770829524970774529",
    "id_str" : "1772196936528654338",
    "in_reply_to_user_id" : "870580749730082820",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1772196936528654338",
    "in_reply_to_status_id" : "1770829524970774529",
    "created_at" : "Mon Mar 25 09:40:50 +0000 2024",
    "favorited" : false,
    "full_text" : "@water4all_ngo Bravo à toute l’équipe 🙌🏽",
    "lang" : "fr",
    "in_reply_to_screen_name" : "water4all_ngo",
    "in_reply_to_user_id_str" : "870580749730082820"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1771914162829369351" ],
        "editableUntil" : "2024-03-24T15:57:11.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "116", "128" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Water4All 🚰",
        "screen_name" : "water4all_ngo",
        "indices" : [ "3", "17" ],
        "id_str" : "870580749730082820",
        "id" : "870580749730082820"
      }, {
        "name" : "נועה לוי",
        "screen_name" : "noa_levi",
        "indices" : [ "46", "55" ],
        "id_str" : "1473986744943345666",
        "id" : "1473986744943345666"
      }, {
        "name" : "प्रिया कुमार",
        "screen_name" : "priya_k",
        "indices" : [ "60", "68" ],
        "id_str" : "1491381362491777025",
        "id" : "1491381362491777025"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "128" ],
    "favorite_count" : "0",
    "id_str" : "1771914162829369351",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1771914162829369351",
    "created_at" : "Sun Mar 24 14:57:11 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @water4all_ngo: We &lt;3 our volunteers 🙌🏽 @noa_levi and @priya_k, thank you for three weekends of pump repairs! #WaterIsLife",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1771899315933253634" ],
        "editableUntil" : "2024-03-24T14:58:11.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "100", "112" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Ольга Воронова",
        "screen_name" : "olga_vor",
        "indices" : [ "27", "36" ],
        "id_str" : "1195310476296540167",
        "id" : "1195310476296540167"
      }, {
        "name" : "Sofía Martínez 💧",
        "screen_name" : "sofia_agua",
        "indices" : [ "41", "52" ],
        "id_str" : "1252930146925129733",
        "id" : "1252930146925129733"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "112" ],
    "favorite_count" : "22",
    "id_str" : "1771899315933253634",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1771899315933253634",
    "created_at" : "Sun Mar 24 13:58:11 +0000 2024",
    "favorited" : false,
    "full_text" : "We &lt;3 our volunteers 🙌🏽 @olga_vor and @sofia_agua, thank you for three weekends of pump repairs! #WaterIsLife",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1771663785247805441" ],
        "editableUntil" : "2024-03-23T23:22:16.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "7", "19" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/DB7P6FGX7X",
        "expanded_url" : "https://twitter.com/press_desk/status/1768539333683306498",
        "display_url" : "twitter.com/press_desk/stat…",
        "indices" : [ "20", "43" ]
      } ]
    },
    "display_text_range" : [ "0", "43" ],
    "favorite_count" : "74",
    "id_str" : "1771663785247805441",
    "truncated" : false,
    "retweet_count" : "24",
    "id" : "1771663785247805441",
    "possibly_sensitive" : false,
    "created_at" : "Sat Mar 23 22:22:16 +0000 2024",
    "favorited" : false,
    "full_text" : "This 👇 #WaterIsLife https://t.co/DB7P6FGX7X",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1771556762345816070" ],
        "editableUntil" : "2024-03-23T16:17:00.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/EvzlNxKiiv",
        "expanded_url" : "https://unity-relief.example.org/donate?utm_source=x&utm_campaign=waterislife",
        "display_url" : "unity-relief.example.org/do…",
        "indices" : [ "84", "107" ]
      } ]
    },
    "display_text_range" : [ "0", "107" ],
    "favorite_count" : "24",
    "id_str" : "1771556762345816070",
    "truncated" : false,
    "retweet_count" : "5",
    "id" : "1771556762345816070",
    "possibly_sensitive" : false,
    "created_at" : "Sat Mar 23 15:17:00 +0000 2024",
    "favorited" : false,
    "full_text" : "Thank you to everyone who gave last month 💙 Together you funded 40 rainwater tanks. https://t.co/EvzlNxKiiv",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1771512827169722371" ],
        "editableUntil" : "2024-03-23T13:22:25.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Eau Solidaire 💧",
        "screen_name" : "eau_solidaire",
        "indices" : [ "0", "14" ],
        "id_str" : "1232606227464015878",
        "id" : "1232606227464015878"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "15", "40" ],
    "favorite_count" : "10",
    "in_reply_to_status_id_str" : "1764191434505109504",
    "id_str" : "1771512827169722371",
    "in_reply_to_user_id" : "1232606227464015878",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1771512827169722371",
    "in_reply_to_status_id" : "1764191434505109504",
    "created_at" : "Sat Mar 23 12:22:25 +0000 2024",
    "favorited" : false,
    "full_text" : "@eau_solidaire Bravo à toute l’équipe 🙌🏽",
    "lang" : "fr",
    "in_reply_to_screen_name" : "eau_solidaire",
    "in_reply_to_user_id_str" : "1232606227464015878"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1771441979437993985" ],
        "editableUntil" : "2024-03-23T08:40:54.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "CleanWaterNow",
        "indices" : [ "63", "77" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "77" ],
    "favorite_count" : "10",
    "in_reply_to_status_id_str" : "1771441115409879047",
    "id_str" : "1771441979437993985",
    "in_reply_to_user_id" : "1105408086639386626",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1771441979437993985",
    "in_reply_to_status_id" : "1771441115409879047",
    "created_at" : "Sat Mar 23 07:40:54 +0000 2024",
    "favorited" : false,
    "full_text" : "Day 2: the old pump is beyond repair, new one arrives Thursday #CleanWaterNow",
    "lang" : "en",
    "in_reply_to_screen_name" : "unity_relief",
    "in_reply_to_user_id_str" : "1105408086639386626"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1771441115409879047" ],
        "editableUntil" : "2024-03-23T08:37:28.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "69" ],
    "favorite_count" : "10",
    "id_str" : "1771441115409879047",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1771441115409879047",
    "created_at" : "Sat Mar 23 07:37:28 +0000 2024",
    "favorited" : false,
    "full_text" : "Field diary, day 1: arrived in the valley after 9 hours on the road 🚙",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1771428056151924741" ],
        "editableUntil" : "2024-03-23T07:45:34.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WATERISLIFE",
        "indices" : [ "71", "83" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "ليلى منصور",
        "screen_name" : "layla_mansour",
        "indices" : [ "54", "68" ],
        "id_str" : "1121383351711371266",
        "id" : "1121383351711371266"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "83" ],
    "favorite_count" : "28",
    "id_str" : "1771428056151924741",
    "truncated" : false,
    "retweet_count" : "8",
    "id" : "1771428056151924741",
    "created_at" : "Sat Mar 23 06:45:34 +0000 2024",
    "favorited" : false,
    "full_text" : "Tomorrow 14:00 UTC: live Q&amp;A with our hydrologist @layla_mansour 💧 #WATERISLIFE",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1771411374052544515" ],
        "editableUntil" : "2024-03-23T06:39:17.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "6", "18" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "105" ],
    "favorite_count" : "22",
    "id_str" : "1771411374052544515",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1771411374052544515",
    "created_at" : "Sat Mar 23 05:39:17 +0000 2024",
    "favorited" : false,
    "full_text" : "👩‍👩‍👧 #WaterIsLife Families at the Kestrel Hill site now walk ten minutes for water instead of two hours.",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1771125078342676480" ],
        "editableUntil" : "2024-03-22T11:41:39.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Refugee Voices | أصوات اللاجئين",
        "screen_name" : "refugee_voices",
        "indices" : [ "0", "15" ],
        "id_str" : "1049600355335102471",
        "id" : "1049600355335102471"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "16", "36" ],
    "favorite_count" : "6",
    "in_reply_to_status_id_str" : "1766816494594543623",
    "id_str" : "1771125078342676480",
    "in_reply_to_user_id" : "1049600355335102471",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1771125078342676480",
    "in_reply_to_status_id" : "1766816494594543623",
    "created_at" : "Fri Mar 22 10:41:39 +0000 2024",
    "favorited" : false,
    "full_text" : "@refugee_voices Thank you so much! 💧",
    "lang" : "en",
    "in_reply_to_screen_name" : "refugee_voices",
    "in_reply_to_user_id_str" : "1049600355335102471"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1771109844908449799" ],
        "editableUntil" : "2024-03-22T10:41:07.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ],
      "media" : [ {
        "expanded_url" : "https://twitter.com/unity_relief/status/1771109844908449799/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/OqzsYM3MuH",
        "media_url" : "http://pbs.twimg.com/media/GJq3WaterDay01.jpg",
        "id_str" : "1771109844908449800",
        "id" : "1771109844908449800",
        "media_url_https" : "https://pbs.twimg.com/media/GJq3WaterDay01.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "453",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "800",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1365",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/OqzsYM3MuH"
      } ]
    },
    "display_text_range" : [ "0", "0" ],
    "favorite_count" : "10",
    "id_str" : "1771109844908449799",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1771109844908449799",
    "possibly_sensitive" : false,
    "created_at" : "Fri Mar 22 09:41:07 +0000 2024",
    "favorited" : false,
    "full_text" : "https://t.co/OqzsYM3MuH",
    "lang" : "zxx",
    "extended_entities" : {
      "media" : [ {
        "expanded_url" : "https://twitter.com/unity_relief/status/1771109844908449799/photo/1",
        "indices" : [ "0", "23" ],
        "url" : "https://t.co/OqzsYM3MuH",
        "media_url" : "http://pbs.twimg.com/media/GJq3WaterDay01.jpg",
        "id_str" : "1771109844908449800",
        "id" : "1771109844908449800",
        "media_url_https" : "https://pbs.twimg.com/media/GJq3WaterDay01.jpg",
        "sizes" : {
          "thumb" : {
            "w" : "150",
            "h" : "150",
            "resize" : "crop"
          },
          "small" : {
            "w" : "680",
            "h" : "453",
            "resize" : "fit"
          },
          "medium" : {
            "w" : "1200",
            "h" : "800",
            "resize" : "fit"
          },
          "large" : {
            "w" : "2048",
            "h" : "1365",
            "resize" : "fit"
          }
        },
        "type" : "photo",
        "display_url" : "pic.twitter.com/OqzsYM3MuH"
      } ]
    }
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1770842310077026305" ],
        "editableUntil" : "2024-03-21T16:58:02.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "CleanWaterNow",
        "indices" : [ "62", "76" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/qpVsEESSWM",
        "expanded_url" : "https://water4all.example.net/reports/state-of-wells-2024",
        "display_url" : "water4all.example.net/repor…",
        "indices" : [ "77", "100" ]
      } ]
    },
    "display_text_range" : [ "0", "100" ],
    "favorite_count" : "12",
    "id_str" : "1770842310077026305",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1770842310077026305",
    "possibly_sensitive" : false,
    "created_at" : "Thu Mar 21 15:58:02 +0000 2024",
    "favorited" : false,
    "full_text" : "Our R&amp;D crew is field-testing a low-cost ceramic filter 🚰 #CleanWaterNow https://t.co/qpVsEESSWM",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1770728008755863557" ],
        "editableUntil" : "2024-03-21T09:23:50.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "ВодаДляВсех",
        "indices" : [ "8", "20" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/oy3CQcnAsr",
        "expanded_url" : "https://twitter.com/climate_coalition/status/1767792633704325122",
        "display_url" : "twitter.com/climate_coaliti…",
        "indices" : [ "21", "44" ]
      } ]
    },
    "display_text_range" : [ "0", "44" ],
    "favorite_count" : "6",
    "id_str" : "1770728008755863557",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1770728008755863557",
    "possibly_sensitive" : false,
    "created_at" : "Thu Mar 21 08:23:50 +0000 2024",
    "favorited" : false,
    "full_text" : "Важно 👇 #ВодаДляВсех https://t.co/oy3CQcnAsr",
    "lang" : "ru"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1770706635466104838" ],
        "editableUntil" : "2024-03-21T07:58:54.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Jean-Baptiste Morel",
        "screen_name" : "jb_morel",
        "indices" : [ "0", "9" ],
        "id_str" : "1036222203296567299",
        "id" : "1036222203296567299"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "10", "28" ],
    "favorite_count" : "32",
    "in_reply_to_status_id_str" : "1768646713691938819",
    "id_str" : "1770706635466104838",
    "in_reply_to_user_id" : "1036222203296567299",
    "truncated" : false,
    "retweet_count" : "6",
    "id" : "1770706635466104838",
    "in_reply_to_status_id" : "1768646713691938819",
    "created_at" : "Thu Mar 21 06:58:54 +0000 2024",
    "favorited" : false,
    "full_text" : "@jb_morel Merci beaucoup ! 💧",
    "lang" : "fr",
    "in_reply_to_screen_name" : "jb_morel",
    "in_reply_to_user_id_str" : "1036222203296567299"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1770514098635497472" ],
        "editableUntil" : "2024-03-20T19:13:50.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Water4All 🚰",
        "screen_name" : "water4all_ngo",
        "indices" : [ "13", "27" ],
        "id_str" : "870580749730082820",
        "id" : "870580749730082820"
      }, {
        "name" : "Refugee Voices | أصوات اللاجئين",
        "screen_name" : "refugee_voices",
        "indices" : [ "34", "49" ],
        "id_str" : "1049600355335102471",
        "id" : "1049600355335102471"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "86" ],
    "favorite_count" : "378",
    "id_str" : "1770514098635497472",
    "truncated" : false,
    "retweet_count" : "53",
    "id" : "1770514098635497472",
    "created_at" : "Wed Mar 20 18:13:50 +0000 2024",
    "favorited" : false,
    "full_text" : "Shout-out to @water4all_ngo &amp; @refugee_voices for the joint convoy this morning 🚚💧",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1770105042425032709" ],
        "editableUntil" : "2024-03-19T16:08:23.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "13", "31" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      }, {
        "name" : "Water4All 🚰",
        "screen_name" : "water4all_ngo",
        "indices" : [ "38", "52" ],
        "id_str" : "870580749730082820",
        "id" : "870580749730082820"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "89" ],
    "favorite_count" : "17",
    "id_str" : "1770105042425032709",
    "truncated" : false,
    "retweet_count" : "4",
    "id" : "1770105042425032709",
    "created_at" : "Tue Mar 19 15:08:23 +0000 2024",
    "favorited" : false,
    "full_text" : "Shout-out to @climate_coalition &amp; @water4all_ngo for the joint convoy this morning 🚚💧",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1769982454536294401" ],
        "editableUntil" : "2024-03-19T08:01:16.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "EauPourTous",
        "indices" : [ "52", "64" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/k3ojz5luxA",
        "expanded_url" : "https://water4all.example.net/reports/state-of-wells-2024",
        "display_url" : "water4all.example.net/repor…",
        "indices" : [ "65", "88" ]
      } ]
    },
    "display_text_range" : [ "0", "88" ],
    "favorite_count" : "13",
    "id_str" : "1769982454536294401",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1769982454536294401",
    "possibly_sensitive" : false,
    "created_at" : "Tue Mar 19 07:01:16 +0000 2024",
    "favorited" : false,
    "full_text" : "Notre équipe R&amp;D teste des filtres à bas coût 🚰 #EauPourTous https://t.co/k3ojz5luxA",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1769788836765691910" ],
        "editableUntil" : "2024-03-18T19:11:54.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "أمينة حداد",
        "screen_name" : "amina_haddad",
        "indices" : [ "3", "16" ],
        "id_str" : "682894034336473092",
        "id" : "682894034336473092"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "72" ],
    "favorite_count" : "0",
    "id_str" : "1769788836765691910",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1769788836765691910",
    "created_at" : "Mon Mar 18 18:11:54 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @amina_haddad: Great panel tonight, thanks to everyone who came &lt;3",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1769733906179493890" ],
        "editableUntil" : "2024-03-18T15:33:37.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Water4All 🚰",
        "screen_name" : "water4all_ngo",
        "indices" : [ "7", "21" ],
        "id_str" : "870580749730082820",
        "id" : "870580749730082820"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "66" ],
    "favorite_count" : "12",
    "id_str" : "1769733906179493890",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1769733906179493890",
    "created_at" : "Mon Mar 18 14:33:37 +0000 2024",
    "favorited" : false,
    "full_text" : "Thanks @water4all_ngo for visiting the water point in Batu today 💧",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1769726455156064257" ],
        "editableUntil" : "2024-03-18T15:04:01.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "أمينة حداد",
        "screen_name" : "amina_haddad",
        "indices" : [ "0", "13" ],
        "id_str" : "682894034336473092",
        "id" : "682894034336473092"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "14", "57" ],
    "favorite_count" : "17",
    "in_reply_to_status_id_str" : "1768203680284725249",
    "id_str" : "1769726455156064257",
    "in_reply_to_user_id" : "682894034336473092",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1769726455156064257",
    "in_reply_to_status_id" : "1768203680284725249",
    "created_at" : "Mon Mar 18 14:04:01 +0000 2024",
    "favorited" : false,
    "full_text" : "@amina_haddad Could you share the source for that figure?",
    "lang" : "en",
    "in_reply_to_user_id_str" : "682894034336473092"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1769676658385895424" ],
        "editableUntil" : "2024-03-18T11:46:09.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/htSvXZ6YQP",
        "expanded_url" : "https://twitter.com/amina_haddad/status/1768203680284725249",
        "display_url" : "twitter.com/amina_haddad/st…",
        "indices" : [ "34", "57" ]
      } ]
    },
    "display_text_range" : [ "0", "57" ],
    "favorite_count" : "2",
    "id_str" : "1769676658385895424",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1769676658385895424",
    "possibly_sensitive" : false,
    "created_at" : "Mon Mar 18 10:46:09 +0000 2024",
    "favorited" : false,
    "full_text" : "Important read from our partners. https://t.co/htSvXZ6YQP",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1769635725409656832" ],
        "editableUntil" : "2024-03-18T09:03:29.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "0", "18" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "19", "33" ],
    "favorite_count" : "8",
    "in_reply_to_status_id_str" : "1767792633704325122",
    "id_str" : "1769635725409656832",
    "in_reply_to_user_id" : "557477633850793987",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1769635725409656832",
    "in_reply_to_status_id" : "1767792633704325122",
    "created_at" : "Mon Mar 18 08:03:29 +0000 2024",
    "favorited" : false,
    "full_text" : "@climate_coalition شكراً جزيلاً 💧",
    "lang" : "ar",
    "in_reply_to_screen_name" : "climate_coalition",
    "in_reply_to_user_id_str" : "557477633850793987"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1769366736680927239" ],
        "editableUntil" : "2024-03-17T15:14:37.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/4nGIVem9Ka",
        "expanded_url" : "https://twitter.com/amina_haddad/status/1761315801763299329",
        "display_url" : "twitter.com/amina_haddad/st…",
        "indices" : [ "9", "32" ]
      } ]
    },
    "display_text_range" : [ "0", "32" ],
    "favorite_count" : "18",
    "id_str" : "1769366736680927239",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1769366736680927239",
    "possibly_sensitive" : false,
    "created_at" : "Sun Mar 17 14:14:37 +0000 2024",
    "favorited" : false,
    "full_text" : "À lire 👇 https://t.co/4nGIVem9Ka",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1769351854740447236" ],
        "editableUntil" : "2024-03-17T14:15:29.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "CleanWaterNow",
        "indices" : [ "25", "39" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "3", "21" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      }, {
        "name" : "Refugee Voices | أصوات اللاجئين",
        "screen_name" : "refugee_voices",
        "indices" : [ "107", "122" ],
        "id_str" : "1049600355335102471",
        "id" : "1049600355335102471"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "140" ],
    "favorite_count" : "0",
    "id_str" : "1769351854740447236",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1769351854740447236",
    "created_at" : "Sun Mar 17 13:15:29 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @climate_coalition: 🌍 #CleanWaterNow: one in four people still has no safe drinking water at home. Join @refugee_voices and us on Friday…",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1769316716507488261" ],
        "editableUntil" : "2024-03-17T11:55:52.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "CleanWaterNow",
        "indices" : [ "110", "124" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Mara Lindqvist · Press Desk",
        "screen_name" : "press_desk",
        "indices" : [ "3", "14" ],
        "id_str" : "48213975",
        "id" : "48213975"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "124" ],
    "favorite_count" : "0",
    "id_str" : "1769316716507488261",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1769316716507488261",
    "created_at" : "Sun Mar 17 10:55:52 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @press_desk: Solar pumps &lt;-&gt; fewer diesel runs &lt;-&gt; lower costs. Simple maths, big difference 🌍 #CleanWaterNow",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1769312919527120897" ],
        "editableUntil" : "2024-03-17T11:40:46.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "清洁水",
        "indices" : [ "29", "33" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "李伟",
        "screen_name" : "li_wei_water",
        "indices" : [ "3", "16" ],
        "id_str" : "1402233947554574338",
        "id" : "1402233947554574338"
      } ],
      "urls" : [ {
        "url" : "https://t.co/EY56YE6cCY",
        "expanded_url" : "https://unity-relief.example.org/water?utm_source=x",
        "display_url" : "unity-relief.example.org/wa…",
        "indices" : [ "34", "57" ]
      } ]
    },
    "display_text_range" : [ "0", "57" ],
    "favorite_count" : "0",
    "id_str" : "1769312919527120897",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1769312919527120897",
    "possibly_sensitive" : false,
    "created_at" : "Sun Mar 17 10:40:46 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @li_wei_water: 每一滴水都很重要 💧 #清洁水 https://t.co/EY56YE6cCY",
    "lang" : "zh"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1769086012147056644" ],
        "editableUntil" : "2024-03-16T20:39:07.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "10", "28" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "72" ],
    "favorite_count" : "52",
    "id_str" : "1769086012147056644",
    "truncated" : false,
    "retweet_count" : "8",
    "id" : "1769086012147056644",
    "created_at" : "Sat Mar 16 19:39:07 +0000 2024",
    "favorited" : false,
    "full_text" : "Thank you @climate_coalition for hosting our team in Nairobi this week 🙏",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1768970989563965443" ],
        "editableUntil" : "2024-03-16T13:02:04.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "0", "18" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      } ],
      "urls" : [ {
        "url" : "https://t.co/tR63xtnzcP",
        "expanded_url" : "https://water4all.example.net/reports/state-of-wells-2024",
        "display_url" : "water4all.example.net/repor…",
        "indices" : [ "63", "86" ]
      } ]
    },
    "display_text_range" : [ "19", "86" ],
    "favorite_count" : "13",
    "in_reply_to_status_id_str" : "1767574266708172803",
    "id_str" : "1768970989563965443",
    "in_reply_to_user_id" : "557477633850793987",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1768970989563965443",
    "in_reply_to_status_id" : "1767574266708172803",
    "possibly_sensitive" : false,
    "created_at" : "Sat Mar 16 12:02:04 +0000 2024",
    "favorited" : false,
    "full_text" : "@climate_coalition Absolutely agree, our numbers say the same: https://t.co/tR63xtnzcP",
    "lang" : "en",
    "in_reply_to_screen_name" : "climate_coalition",
    "in_reply_to_user_id_str" : "557477633850793987"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1768660410812481539" ],
        "editableUntil" : "2024-03-15T16:27:56.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/B0BgnLrB8p",
        "expanded_url" : "https://unity-relief.example.org/jobs/field-engineer-2024",
        "display_url" : "unity-relief.example.org/jo…",
        "indices" : [ "25", "48" ]
      } ]
    },
    "display_text_range" : [ "0", "48" ],
    "favorite_count" : "20",
    "id_str" : "1768660410812481539",
    "truncated" : false,
    "retweet_count" : "6",
    "id" : "1768660410812481539",
    "possibly_sensitive" : false,
    "created_at" : "Fri Mar 15 15:27:56 +0000 2024",
    "favorited" : false,
    "full_text" : "Ищем волонтёров на лето: https://t.co/B0BgnLrB8p",
    "lang" : "ru"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1768387483738886145" ],
        "editableUntil" : "2024-03-14T22:23:25.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/Qjnx3muzMr",
        "expanded_url" : "https://example.org/w",
        "display_url" : "example.org/w",
        "indices" : [ "80", "103" ]
      } ]
    },
    "display_text_range" : [ "0", "103" ],
    "favorite_count" : "40",
    "id_str" : "1768387483738886145",
    "truncated" : false,
    "retweet_count" : "11",
    "id" : "1768387483738886145",
    "possibly_sensitive" : false,
    "created_at" : "Thu Mar 14 21:23:25 +0000 2024",
    "favorited" : false,
    "full_text" : "Our quarterly finance note is out: 84p of every £1 goes straight to programmes. https://t.co/Qjnx3muzMr",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1768266199684706310" ],
        "editableUntil" : "2024-03-14T14:21:29.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/RwdZlb217W",
        "expanded_url" : "https://example.org/w",
        "display_url" : "example.org/w",
        "indices" : [ "8", "31" ]
      } ]
    },
    "display_text_range" : [ "0", "31" ],
    "favorite_count" : "6",
    "id_str" : "1768266199684706310",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1768266199684706310",
    "possibly_sensitive" : false,
    "created_at" : "Thu Mar 14 13:21:29 +0000 2024",
    "favorited" : false,
    "full_text" : "👩‍👩‍👧 💧 https://t.co/RwdZlb217W",
    "lang" : "und"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1768138501786046464" ],
        "editableUntil" : "2024-03-14T05:54:03.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Yusuf Okonkwo",
        "screen_name" : "yusuf_ok",
        "indices" : [ "3", "12" ],
        "id_str" : "1711713184774684676",
        "id" : "1711713184774684676"
      }, {
        "name" : "Unity Relief 🌍",
        "screen_name" : "unity_relief",
        "indices" : [ "87", "100" ],
        "id_str" : "1105408086639386626",
        "id" : "1105408086639386626"
      }, {
        "name" : "Water4All 🚰",
        "screen_name" : "water4all_ngo",
        "indices" : [ "107", "121" ],
        "id_str" : "870580749730082820",
        "id" : "870580749730082820"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "122" ],
    "favorite_count" : "0",
    "id_str" : "1768138501786046464",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1768138501786046464",
    "created_at" : "Thu Mar 14 04:54:03 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @yusuf_ok: New piece: how NGOs are paying for rural wells in 2024, with voices from @unity_relief &amp; @water4all_ngo…",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1767829273090433029" ],
        "editableUntil" : "2024-03-13T09:25:18.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "田中健二",
        "screen_name" : "kenji_t",
        "indices" : [ "3", "11" ],
        "id_str" : "489378914105946117",
        "id" : "489378914105946117"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "53" ],
    "favorite_count" : "0",
    "id_str" : "1767829273090433029",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1767829273090433029",
    "created_at" : "Wed Mar 13 08:25:18 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @kenji_t: Finally finished the first-aid course 🙌🏽",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1767829117077639169" ],
        "editableUntil" : "2024-03-13T09:24:40.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "71", "83" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "प्रिया कुमार",
        "screen_name" : "priya_k",
        "indices" : [ "3", "11" ],
        "id_str" : "1491381362491777025",
        "id" : "1491381362491777025"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "83" ],
    "favorite_count" : "0",
    "id_str" : "1767829117077639169",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1767829117077639169",
    "created_at" : "Wed Mar 13 08:24:40 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @priya_k: Ten litres. That is what I used just for breakfast today. #WaterIsLife",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1767806217103962116" ],
        "editableUntil" : "2024-03-13T07:53:41.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/Sg7rTkjqfV",
        "expanded_url" : "https://unity-relief.example.org/donate?utm_source=x&utm_campaign=waterislife",
        "display_url" : "unity-relief.example.org/do…",
        "indices" : [ "84", "107" ]
      } ]
    },
    "display_text_range" : [ "0", "107" ],
    "favorite_count" : "22",
    "id_str" : "1767806217103962116",
    "truncated" : false,
    "retweet_count" : "6",
    "id" : "1767806217103962116",
    "possibly_sensitive" : false,
    "created_at" : "Wed Mar 13 06:53:41 +0000 2024",
    "favorited" : false,
    "full_text" : "Thank you to everyone who gave last month 💙 Together you funded 40 rainwater tanks. https://t.co/Sg7rTkjqfV",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1767534075611033602" ],
        "editableUntil" : "2024-03-12T13:52:17.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "44" ],
    "favorite_count" : "3",
    "id_str" : "1767534075611033602",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1767534075611033602",
    "created_at" : "Tue Mar 12 12:52:17 +0000 2024",
    "favorited" : false,
    "full_text" : "Merci à la mairie pour le prêt de la salle 🙏",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1767283546457407494" ],
        "editableUntil" : "2024-03-11T21:16:46.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/E87AQECMLi",
        "expanded_url" : "https://unity-relief.example.org/jobs/field-engineer-2024",
        "display_url" : "unity-relief.example.org/jo…",
        "indices" : [ "91", "114" ]
      } ]
    },
    "display_text_range" : [ "0", "114" ],
    "favorite_count" : "22",
    "id_str" : "1767283546457407494",
    "truncated" : false,
    "retweet_count" : "7",
    "id" : "1767283546457407494",
    "possibly_sensitive" : false,
    "created_at" : "Mon Mar 11 20:16:46 +0000 2024",
    "favorited" : false,
    "full_text" : "Hiring: field engineer (water systems), based in Amman or Nairobi. Apply within two weeks: https://t.co/E87AQECMLi",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1767280632662659073" ],
        "editableUntil" : "2024-03-11T21:05:11.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/XQTxzRv4iC",
        "expanded_url" : "https://twitter.com/carlos_rv/status/1762800531261935620",
        "display_url" : "twitter.com/carlos_rv/statu…",
        "indices" : [ "22", "45" ]
      } ]
    },
    "display_text_range" : [ "0", "45" ],
    "favorite_count" : "9",
    "id_str" : "1767280632662659073",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1767280632662659073",
    "possibly_sensitive" : false,
    "created_at" : "Mon Mar 11 20:05:11 +0000 2024",
    "favorited" : false,
    "full_text" : "Numbers that matter 💧 https://t.co/XQTxzRv4iC",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1767185201266622465" ],
        "editableUntil" : "2024-03-11T14:45:59.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "EauPourTous",
        "indices" : [ "85", "97" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Eau Solidaire 💧",
        "screen_name" : "eau_solidaire",
        "indices" : [ "3", "17" ],
        "id_str" : "1232606227464015878",
        "id" : "1232606227464015878"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "97" ],
    "favorite_count" : "0",
    "id_str" : "1767185201266622465",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1767185201266622465",
    "created_at" : "Mon Mar 11 13:45:59 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @eau_solidaire: 🌍 Marche pour l’eau : rendez-vous dimanche place du Marché à 15 h #EauPourTous",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1767095685024555008" ],
        "editableUntil" : "2024-03-11T08:50:17.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Refugee Voices | أصوات اللاجئين",
        "screen_name" : "refugee_voices",
        "indices" : [ "3", "18" ],
        "id_str" : "1049600355335102471",
        "id" : "1049600355335102471"
      } ],
      "urls" : [ {
        "url" : "https://t.co/t3lzD963UI",
        "expanded_url" : "https://example.org/w",
        "display_url" : "example.org/w",
        "indices" : [ "100", "123" ]
      } ]
    },
    "display_text_range" : [ "0", "123" ],
    "favorite_count" : "0",
    "id_str" : "1767095685024555008",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1767095685024555008",
    "possibly_sensitive" : false,
    "created_at" : "Mon Mar 11 07:50:17 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @refugee_voices: Our quarterly finance note is out: 84p of every £1 goes straight to programmes. https://t.co/t3lzD963UI",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1767085025249357828" ],
        "editableUntil" : "2024-03-11T08:07:55.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "EauPourTous",
        "indices" : [ "74", "86" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Eau Solidaire 💧",
        "screen_name" : "eau_solidaire",
        "indices" : [ "3", "17" ],
        "id_str" : "1232606227464015878",
        "id" : "1232606227464015878"
      } ],
      "urls" : [ {
        "url" : "https://t.co/SGklepaN9D",
        "expanded_url" : "https://eau-solidaire.example.fr/campagne/eau-pour-tous",
        "display_url" : "eau-solidaire.example.fr/ca…",
        "indices" : [ "87", "110" ]
      } ]
    },
    "display_text_range" : [ "0", "110" ],
    "favorite_count" : "0",
    "id_str" : "1767085025249357828",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1767085025249357828",
    "possibly_sensitive" : false,
    "created_at" : "Mon Mar 11 07:07:55 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @eau_solidaire: Chaque goutte compte 💧 Merci à nos bénévoles de Lyon ! #EauPourTous https://t.co/SGklepaN9D",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766800032340406276" ],
        "editableUntil" : "2024-03-10T13:15:27.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "EauPourTous",
        "indices" : [ "30", "42" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Eau Solidaire 💧",
        "screen_name" : "eau_solidaire",
        "indices" : [ "0", "14" ],
        "id_str" : "1232606227464015878",
        "id" : "1232606227464015878"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "15", "42" ],
    "favorite_count" : "21",
    "in_reply_to_status_id_str" : "1765660350639489029",
    "id_str" : "1766800032340406276",
    "in_reply_to_user_id" : "1232606227464015878",
    "truncated" : false,
    "retweet_count" : "6",
    "id" : "1766800032340406276",
    "in_reply_to_status_id" : "1765660350639489029",
    "created_at" : "Sun Mar 10 12:15:27 +0000 2024",
    "favorited" : false,
    "full_text" : "@eau_solidaire On sera là ! 💧 #EauPourTous",
    "lang" : "fr",
    "in_reply_to_screen_name" : "eau_solidaire",
    "in_reply_to_user_id_str" : "1232606227464015878"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766780662266671105" ],
        "editableUntil" : "2024-03-10T11:58:29.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Eau Solidaire 💧",
        "screen_name" : "eau_solidaire",
        "indices" : [ "0", "14" ],
        "id_str" : "1232606227464015878",
        "id" : "1232606227464015878"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "15", "40" ],
    "favorite_count" : "22",
    "in_reply_to_status_id_str" : "1765702183126155268",
    "id_str" : "1766780662266671105",
    "in_reply_to_user_id" : "1232606227464015878",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1766780662266671105",
    "in_reply_to_status_id" : "1765702183126155268",
    "created_at" : "Sun Mar 10 10:58:29 +0000 2024",
    "favorited" : false,
    "full_text" : "@eau_solidaire Bravo à toute l’équipe 🙌🏽",
    "lang" : "fr",
    "in_reply_to_screen_name" : "eau_solidaire",
    "in_reply_to_user_id_str" : "1232606227464015878"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766780647736741891" ],
        "editableUntil" : "2024-03-10T11:58:26.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "58", "70" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Carlos Ruiz-Vega",
        "screen_name" : "carlos_rv",
        "indices" : [ "3", "13" ],
        "id_str" : "900689141562343425",
        "id" : "900689141562343425"
      } ],
      "urls" : [ {
        "url" : "https://t.co/G5OoqqvnnF",
        "expanded_url" : "https://unity-relief.example.org/water?utm_source=x",
        "display_url" : "unity-relief.example.org/wa…",
        "indices" : [ "71", "94" ]
      } ]
    },
    "display_text_range" : [ "0", "94" ],
    "favorite_count" : "0",
    "id_str" : "1766780647736741891",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1766780647736741891",
    "possibly_sensitive" : false,
    "created_at" : "Sun Mar 10 10:58:26 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @carlos_rv: Clean water is not charity, it is a right. #WaterIsLife https://t.co/G5OoqqvnnF",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766739549898047495" ],
        "editableUntil" : "2024-03-10T09:15:07.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "الماء_حياة",
        "indices" : [ "11", "22" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/QvYQ7JySQj",
        "expanded_url" : "https://twitter.com/amina_haddad/status/1761315801763299329",
        "display_url" : "twitter.com/amina_haddad/st…",
        "indices" : [ "23", "46" ]
      } ]
    },
    "display_text_range" : [ "0", "46" ],
    "favorite_count" : "18",
    "id_str" : "1766739549898047495",
    "truncated" : false,
    "retweet_count" : "3",
    "id" : "1766739549898047495",
    "possibly_sensitive" : false,
    "created_at" : "Sun Mar 10 08:15:07 +0000 2024",
    "favorited" : false,
    "full_text" : "مهم جداً 👇 #الماء_حياة https://t.co/QvYQ7JySQj",
    "lang" : "ar"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766709264980545541" ],
        "editableUntil" : "2024-03-10T07:14:47.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "EauPourTous",
        "indices" : [ "96", "108" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Eau Solidaire 💧",
        "screen_name" : "eau_solidaire",
        "indices" : [ "3", "17" ],
        "id_str" : "1232606227464015878",
        "id" : "1232606227464015878"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "108" ],
    "favorite_count" : "0",
    "id_str" : "1766709264980545541",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1766709264980545541",
    "created_at" : "Sun Mar 10 06:14:47 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @eau_solidaire: Les familles du camp ont enfin un point d’eau potable à moins de 200 m 👩‍👩‍👧 #EauPourTous",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766554195351179266" ],
        "editableUntil" : "2024-03-09T20:58:35.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Carlos Ruiz-Vega",
        "screen_name" : "carlos_rv",
        "indices" : [ "0", "10" ],
        "id_str" : "900689141562343425",
        "id" : "900689141562343425"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "11", "53" ],
    "favorite_count" : "20",
    "in_reply_to_status_id_str" : "1762800531261935620",
    "id_str" : "1766554195351179266",
    "in_reply_to_user_id" : "900689141562343425",
    "truncated" : false,
    "retweet_count" : "4",
    "id" : "1766554195351179266",
    "in_reply_to_status_id" : "1762800531261935620",
    "created_at" : "Sat Mar 09 19:58:35 +0000 2024",
    "favorited" : false,
    "full_text" : "@carlos_rv Great work &amp; thanks for the shout-out!",
    "lang" : "en",
    "in_reply_to_user_id_str" : "900689141562343425"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766429405524221955" ],
        "editableUntil" : "2024-03-09T12:42:43.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/7bbZbr5ATo",
        "expanded_url" : "https://eau-solidaire.example.fr/campagne/eau-pour-tous",
        "display_url" : "eau-solidaire.example.fr/ca…",
        "indices" : [ "68", "91" ]
      } ]
    },
    "display_text_range" : [ "0", "91" ],
    "favorite_count" : "17",
    "in_reply_to_status_id_str" : "1766425907473895429",
    "id_str" : "1766429405524221955",
    "in_reply_to_user_id" : "1105408086639386626",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1766429405524221955",
    "in_reply_to_status_id" : "1766425907473895429",
    "possibly_sensitive" : false,
    "created_at" : "Sat Mar 09 11:42:43 +0000 2024",
    "favorited" : false,
    "full_text" : "3/ La maintenance coûte moins cher que la reconstruction. Rapport : https://t.co/7bbZbr5ATo",
    "lang" : "fr",
    "in_reply_to_screen_name" : "unity_relief",
    "in_reply_to_user_id_str" : "1105408086639386626"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766425907473895429" ],
        "editableUntil" : "2024-03-09T12:28:49.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "64" ],
    "favorite_count" : "17",
    "in_reply_to_status_id_str" : "1766425408351944704",
    "id_str" : "1766425907473895429",
    "in_reply_to_user_id" : "1105408086639386626",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1766425907473895429",
    "in_reply_to_status_id" : "1766425408351944704",
    "created_at" : "Sat Mar 09 11:28:49 +0000 2024",
    "favorited" : false,
    "full_text" : "2/ Les comités d’eau gérés par des femmes durent plus longtemps.",
    "lang" : "fr",
    "in_reply_to_screen_name" : "unity_relief",
    "in_reply_to_user_id_str" : "1105408086639386626"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766425408351944704" ],
        "editableUntil" : "2024-03-09T12:26:50.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "EauPourTous",
        "indices" : [ "45", "57" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "57" ],
    "favorite_count" : "33",
    "id_str" : "1766425408351944704",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1766425408351944704",
    "created_at" : "Sat Mar 09 11:26:50 +0000 2024",
    "favorited" : false,
    "full_text" : "Fil : ce que nous avons appris cette année 🧵 #EauPourTous",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766223207873208320" ],
        "editableUntil" : "2024-03-08T23:03:22.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "CleanWaterNow",
        "indices" : [ "2", "16" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/oC70bsVGM2",
        "expanded_url" : "https://twitter.com/kenji_t/status/1761307181981118470",
        "display_url" : "twitter.com/kenji_t/status/…",
        "indices" : [ "17", "40" ]
      } ]
    },
    "display_text_range" : [ "0", "40" ],
    "favorite_count" : "1",
    "id_str" : "1766223207873208320",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1766223207873208320",
    "possibly_sensitive" : false,
    "created_at" : "Fri Mar 08 22:03:22 +0000 2024",
    "favorited" : false,
    "full_text" : "😍 #CleanWaterNow https://t.co/oC70bsVGM2",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766140947920441346" ],
        "editableUntil" : "2024-03-08T17:36:29.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/YKFDJZCAJ7",
        "expanded_url" : "https://unity-relief.example.org/jobs/field-engineer-2024",
        "display_url" : "unity-relief.example.org/jo…",
        "indices" : [ "91", "114" ]
      } ]
    },
    "display_text_range" : [ "0", "114" ],
    "favorite_count" : "1",
    "id_str" : "1766140947920441346",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1766140947920441346",
    "possibly_sensitive" : false,
    "created_at" : "Fri Mar 08 16:36:29 +0000 2024",
    "favorited" : false,
    "full_text" : "Hiring: field engineer (water systems), based in Amman or Nairobi. Apply within two weeks: https://t.co/YKFDJZCAJ7",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1766024612511731713" ],
        "editableUntil" : "2024-03-08T09:54:13.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "CleanWaterNow",
        "indices" : [ "117", "131" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "3", "21" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "131" ],
    "favorite_count" : "0",
    "id_str" : "1766024612511731713",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1766024612511731713",
    "created_at" : "Fri Mar 08 08:54:13 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @climate_coalition: Solar pumps &lt;-&gt; fewer diesel runs &lt;-&gt; lower costs. Simple maths, big difference 🌍 #CleanWaterNow",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1765849687292653569" ],
        "editableUntil" : "2024-03-07T22:19:08.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "EauPourTous",
        "indices" : [ "30", "42" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Eau Solidaire 💧",
        "screen_name" : "eau_solidaire",
        "indices" : [ "0", "14" ],
        "id_str" : "1232606227464015878",
        "id" : "1232606227464015878"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "15", "42" ],
    "favorite_count" : "11",
    "in_reply_to_status_id_str" : "1765660350639489029",
    "id_str" : "1765849687292653569",
    "in_reply_to_user_id" : "1232606227464015878",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1765849687292653569",
    "in_reply_to_status_id" : "1765660350639489029",
    "created_at" : "Thu Mar 07 21:19:08 +0000 2024",
    "favorited" : false,
    "full_text" : "@eau_solidaire On sera là ! 💧 #EauPourTous",
    "lang" : "fr",
    "in_reply_to_screen_name" : "eausolidaire_fr",
    "in_reply_to_user_id_str" : "1232606227464015878"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1765727166352580613" ],
        "editableUntil" : "2024-03-07T14:12:16.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Mara Lindqvist · Press Desk",
        "screen_name" : "press_desk",
        "indices" : [ "0", "11" ],
        "id_str" : "48213975",
        "id" : "48213975"
      } ],
      "urls" : [ {
        "url" : "https://t.co/qIPozFkCIe",
        "expanded_url" : "https://water4all.example.net/reports/state-of-wells-2024",
        "display_url" : "water4all.example.net/repor…",
        "indices" : [ "56", "79" ]
      } ]
    },
    "display_text_range" : [ "0", "79" ],
    "favorite_count" : "8",
    "id_str" : "1765727166352580613",
    "in_reply_to_user_id" : "48213975",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1765727166352580613",
    "possibly_sensitive" : false,
    "created_at" : "Thu Mar 07 13:12:16 +0000 2024",
    "favorited" : false,
    "full_text" : "@press_desk Absolutely agree, our numbers say the same: https://t.co/qIPozFkCIe",
    "lang" : "en",
    "in_reply_to_screen_name" : "press_desk",
    "in_reply_to_user_id_str" : "48213975"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1765524031201701894" ],
        "editableUntil" : "2024-03-07T00:45:05.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/0RSCLpg5yp",
        "expanded_url" : "https://example.org/w",
        "display_url" : "example.org/w",
        "indices" : [ "80", "103" ]
      } ]
    },
    "display_text_range" : [ "0", "103" ],
    "favorite_count" : "16",
    "id_str" : "1765524031201701894",
    "truncated" : false,
    "retweet_count" : "6",
    "id" : "1765524031201701894",
    "possibly_sensitive" : false,
    "created_at" : "Wed Mar 06 23:45:05 +0000 2024",
    "favorited" : false,
    "full_text" : "Our quarterly finance note is out: 84p of every £1 goes straight to programmes. https://t.co/0RSCLpg5yp",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1765117936363487236" ],
        "editableUntil" : "2024-03-05T21:51:24.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "EauPourTous",
        "indices" : [ "26", "38" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Carlos Ruiz-Vega",
        "screen_name" : "carlos_rv",
        "indices" : [ "0", "10" ],
        "id_str" : "900689141562343425",
        "id" : "900689141562343425"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "11", "38" ],
    "favorite_count" : "12",
    "in_reply_to_status_id_str" : "1762800531261935620",
    "id_str" : "1765117936363487236",
    "in_reply_to_user_id" : "900689141562343425",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1765117936363487236",
    "in_reply_to_status_id" : "1762800531261935620",
    "created_at" : "Tue Mar 05 20:51:24 +0000 2024",
    "favorited" : false,
    "full_text" : "@carlos_rv On sera là ! 💧 #EauPourTous",
    "lang" : "fr",
    "in_reply_to_screen_name" : "carlos_rv",
    "in_reply_to_user_id_str" : "900689141562343425"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1765096434022981633" ],
        "editableUntil" : "2024-03-05T20:25:58.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/nM3xxMltv1",
        "expanded_url" : "https://twitter.com/amina_haddad/status/1761315801763299329",
        "display_url" : "twitter.com/amina_haddad/st…",
        "indices" : [ "51", "74" ]
      } ]
    },
    "display_text_range" : [ "0", "74" ],
    "favorite_count" : "16",
    "id_str" : "1765096434022981633",
    "truncated" : false,
    "retweet_count" : "4",
    "id" : "1765096434022981633",
    "possibly_sensitive" : false,
    "created_at" : "Tue Mar 05 19:25:58 +0000 2024",
    "favorited" : false,
    "full_text" : "Exactly why we do this work &amp; why we need you. https://t.co/nM3xxMltv1",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1764997150347444227" ],
        "editableUntil" : "2024-03-05T13:51:27.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "WaterIsLife",
        "indices" : [ "97", "109" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "प्रिया कुमार",
        "screen_name" : "priya_k",
        "indices" : [ "27", "35" ],
        "id_str" : "1491381362491777025",
        "id" : "1491381362491777025"
      }, {
        "name" : "김하나",
        "screen_name" : "hana_kim",
        "indices" : [ "40", "49" ],
        "id_str" : "1725846311532179458",
        "id" : "1725846311532179458"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "109" ],
    "favorite_count" : "11",
    "id_str" : "1764997150347444227",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1764997150347444227",
    "created_at" : "Tue Mar 05 12:51:27 +0000 2024",
    "favorited" : false,
    "full_text" : "We &lt;3 our volunteers 🙌🏽 @priya_k and @hana_kim, thank you for three weekends of pump repairs! #WaterIsLife",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1764952347668168711" ],
        "editableUntil" : "2024-03-05T10:53:25.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/I1VMVUGkZT",
        "expanded_url" : "https://example.org/w",
        "display_url" : "example.org/w",
        "indices" : [ "8", "31" ]
      } ]
    },
    "display_text_range" : [ "0", "31" ],
    "favorite_count" : "35",
    "id_str" : "1764952347668168711",
    "truncated" : false,
    "retweet_count" : "12",
    "id" : "1764952347668168711",
    "possibly_sensitive" : false,
    "created_at" : "Tue Mar 05 09:53:25 +0000 2024",
    "favorited" : false,
    "full_text" : "👩‍👩‍👧 💧 https://t.co/I1VMVUGkZT",
    "lang" : "und"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1764932309821612038" ],
        "editableUntil" : "2024-03-05T09:33:48.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "0", "18" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "19", "62" ],
    "favorite_count" : "12",
    "in_reply_to_status_id_str" : "1744636861148889092",
    "id_str" : "1764932309821612038",
    "in_reply_to_user_id" : "557477633850793987",
    "truncated" : false,
    "retweet_count" : "1",
    "id" : "1764932309821612038",
    "in_reply_to_status_id" : "1744636861148889092",
    "created_at" : "Tue Mar 05 08:33:48 +0000 2024",
    "favorited" : false,
    "full_text" : "@climate_coalition Could you share the source for that figure?",
    "lang" : "en",
    "in_reply_to_screen_name" : "climate_coalition",
    "in_reply_to_user_id_str" : "557477633850793987"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1764698524135100416" ],
        "editableUntil" : "2024-03-04T18:04:49.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "ВодаДляВсех",
        "indices" : [ "29", "41" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Ольга Воронова",
        "screen_name" : "olga_vor",
        "indices" : [ "0", "9" ],
        "id_str" : "1195310476296540167",
        "id" : "1195310476296540167"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "10", "41" ],
    "favorite_count" : "13",
    "in_reply_to_status_id_str" : "1760603044214476805",
    "id_str" : "1764698524135100416",
    "in_reply_to_user_id" : "1195310476296540167",
    "truncated" : false,
    "retweet_count" : "2",
    "id" : "1764698524135100416",
    "in_reply_to_status_id" : "1760603044214476805",
    "created_at" : "Mon Mar 04 17:04:49 +0000 2024",
    "favorited" : false,
    "full_text" : "@olga_vor Отличная новость 🌍 #ВодаДляВсех",
    "lang" : "ru",
    "in_reply_to_screen_name" : "olga_vor",
    "in_reply_to_user_id_str" : "1195310476296540167"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1764317024758218755" ],
        "editableUntil" : "2024-03-03T16:48:52.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "64" ],
    "favorite_count" : "39",
    "id_str" : "1764317024758218755",
    "truncated" : false,
    "retweet_count" : "9",
    "id" : "1764317024758218755",
    "created_at" : "Sun Mar 03 15:48:52 +0000 2024",
    "favorited" : false,
    "full_text" : "Quiet week on the timeline, busy week in the field. Photos soon.",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1764203368814776327" ],
        "editableUntil" : "2024-03-03T09:17:15.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "EauPourTous",
        "indices" : [ "46", "58" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ {
        "url" : "https://t.co/UiFn4iK6va",
        "expanded_url" : "https://x.com/jb_morel/status/1762121382237851651",
        "display_url" : "x.com/jb_morel/status/17621…",
        "indices" : [ "59", "82" ]
      } ]
    },
    "display_text_range" : [ "0", "82" ],
    "favorite_count" : "0",
    "id_str" : "1764203368814776327",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1764203368814776327",
    "possibly_sensitive" : false,
    "created_at" : "Sun Mar 03 08:17:15 +0000 2024",
    "favorited" : false,
    "full_text" : "Exactement ce que nous disons depuis des mois #EauPourTous https://t.co/UiFn4iK6va",
    "lang" : "fr"
  }
}, {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "1764020199098028037" ],
        "editableUntil" : "2024-03-02T21:09:24.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : false
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "Climate Coalition",
        "screen_name" : "climate_coalition",
        "indices" : [ "3", "21" ],
        "id_str" : "557477633850793987",
        "id" : "557477633850793987"
      } ],
      "urls" : [ {
        "url" : "https://t.co/OJESpoulkF",
        "expanded_url" : "https://unity-relief.example.org/donate?utm_source=x&utm_campaign=waterislife",
        "display_url" : "unity-relief.example.org/do…",
        "indices" : [ "107", "130" ]
      } ]
    },
    "display_text_range" : [ "0", "130" ],
    "favorite_count" : "0",
    "id_str" : "1764020199098028037",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1764020199098028037",
    "possibly_sensitive" : false,
    "created_at" : "Sat Mar 02 20:09:24 +0000 2024",
    "favorited" : false,
    "full_text" : "RT @climate_coalition: Thank you to everyone who gave last month 💙 Together you funded 40 rainwater tanks. https://t.co/OJESpoulkF",
    "lang" : "en"
  }
} ]