window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1764016723860873220"
          ],
          "editableUntil" : "2024-03-02T20:55:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Water4All 🚰",
            "screen_name" : "water4all_ngo",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "870580749730082820",
            "id" : "870580749730082820"
          },
          {
            "name" : "Refugee Voices | أصوات اللاجئين",
            "screen_name" : "refugee_voices",
            "indices" : [
              "32",
              "47"
            ],
            "id_str" : "1049600355335102471",
            "id" : "1049600355335102471"
          },
          {
            "name" : "Unity Relief 🌍",
            "screen_name" : "unity_relief",
            "indices" : [
              "54",
              "67"
            ],
            "id_str" : "1105408086639386626",
            "id" : "1105408086639386626"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "0",
      "id_str" : "1764016723860873220",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1764016723860873220",
      "created_at" : "Sat Mar 02 19:55:35 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @water4all_ngo: Shout-out to @refugee_voices &amp; @unity_relief for the joint convoy this morning 🚚💧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763993020722413570"
          ],
          "editableUntil" : "2024-03-02T19:21:24.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/kKJ5lEZWLj",
            "expanded_url" : "https://unity-relief.example.org/jobs/field-engineer-2024",
            "display_url" : "unity-relief.example.org/jo…",
            "indices" : [
              "53",
              "76"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "76"
      ],
      "favorite_count" : "28",
      "id_str" : "1763993020722413570",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1763993020722413570",
      "possibly_sensitive" : false,
      "created_at" : "Sat Mar 02 18:21:24 +0000 2024",
      "favorited" : false,
      "full_text" : "Abrimos convocatoria de voluntariado para el verano: https://t.co/kKJ5lEZWLj",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763551419772686342"
          ],
          "editableUntil" : "2024-03-01T14:06:38.000Z",
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
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "65",
      "id_str" : "1763551419772686342",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1763551419772686342",
      "created_at" : "Fri Mar 01 13:06:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Office closed on Monday for the public holiday. Field teams keep working as usual.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763472173027430400"
          ],
          "editableUntil" : "2024-03-01T08:51:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "76",
              "90"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mara Lindqvist · Press Desk",
            "screen_name" : "press_desk",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "48213975",
            "id" : "48213975"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1763472173027430400",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1763472173027430400",
      "created_at" : "Fri Mar 01 07:51:44 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @press_desk: Our street raised £412 for new taps at the village school 💧 #CleanWaterNow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763468843389743105"
          ],
          "editableUntil" : "2024-03-01T08:38:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "أمينة حداد",
            "screen_name" : "amina_haddad",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "682894034336473092",
            "id" : "682894034336473092"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "0",
      "id_str" : "1763468843389743105",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1763468843389743105",
      "created_at" : "Fri Mar 01 07:38:30 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @amina_haddad: Three hours in the rain at the food bank today. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763315357073068032"
          ],
          "editableUntil" : "2024-02-29T22:28:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Water4All 🚰",
            "screen_name" : "water4all_ngo",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "870580749730082820",
            "id" : "870580749730082820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "15",
        "21"
      ],
      "favorite_count" : "20",
      "in_reply_to_status_id_str" : "1761935166597746688",
      "id_str" : "1763315357073068032",
      "in_reply_to_user_id" : "870580749730082820",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1763315357073068032",
      "in_reply_to_status_id" : "1761935166597746688",
      "created_at" : "Thu Feb 29 21:28:36 +0000 2024",
      "favorited" : false,
      "full_text" : "@water4all_ngo 非常感谢！💧",
      "lang" : "zh",
      "in_reply_to_user_id_str" : "870580749730082820"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763265108229070853"
          ],
          "editableUntil" : "2024-02-29T19:08:56.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/3WZwKmdTNv",
            "expanded_url" : "https://unity-relief.example.org/jobs/field-engineer-2024",
            "display_url" : "unity-relief.example.org/jo…",
            "indices" : [
              "25",
              "48"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "27",
      "id_str" : "1763265108229070853",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1763265108229070853",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 29 18:08:56 +0000 2024",
      "favorited" : false,
      "full_text" : "Ищем волонтёров на лето: https://t.co/3WZwKmdTNv",
      "lang" : "ru"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763148031204302852"
          ],
          "editableUntil" : "2024-02-29T11:23:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "2",
              "16"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/XrdW07o3Fn",
            "expanded_url" : "https://twitter.com/priya_k/status/1759559417451520007",
            "display_url" : "twitter.com/priya_k/status/…",
            "indices" : [
              "17",
              "40"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "17",
      "id_str" : "1763148031204302852",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1763148031204302852",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 29 10:23:43 +0000 2024",
      "favorited" : false,
      "full_text" : "😍 #CleanWaterNow https://t.co/XrdW07o3Fn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763098362732462085"
          ],
          "editableUntil" : "2024-02-29T08:06:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eau Solidaire 💧",
            "screen_name" : "eau_solidaire",
            "indices" : [
              "7",
              "21"
            ],
            "id_str" : "1232606227464015878",
            "id" : "1232606227464015878"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "18",
      "id_str" : "1763098362732462085",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1763098362732462085",
      "created_at" : "Thu Feb 29 07:06:21 +0000 2024",
      "favorited" : false,
      "full_text" : "Thanks @eau_solidaire for visiting the water point in Batu today 💧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1762944765480333317"
          ],
          "editableUntil" : "2024-02-28T21:56:00.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/nGEXb6hBCk",
            "expanded_url" : "https://unity-relief.example.org/donate?utm_source=x&utm_campaign=waterislife",
            "display_url" : "unity-relief.example.org/do…",
            "indices" : [
              "64",
              "87"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "19",
      "id_str" : "1762944765480333317",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1762944765480333317",
      "possibly_sensitive" : false,
      "created_at" : "Wed Feb 28 20:56:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Collecte de fonds : objectif atteint à 80 %, encore un effort ! https://t.co/nGEXb6hBCk",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1762766299272273920"
          ],
          "editableUntil" : "2024-02-28T10:06:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AguaParaTodos",
            "indices" : [
              "19",
              "33"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/TQeTuhXN8P",
            "expanded_url" : "https://unity-relief.example.org/water?utm_source=x",
            "display_url" : "unity-relief.example.org/wa…",
            "indices" : [
              "34",
              "57"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "19",
      "id_str" : "1762766299272273920",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1762766299272273920",
      "possibly_sensitive" : false,
      "created_at" : "Wed Feb 28 09:06:51 +0000 2024",
      "favorited" : false,
      "full_text" : "Cada gota cuenta 💧 #AguaParaTodos https://t.co/TQeTuhXN8P",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1762248690995814402"
          ],
          "editableUntil" : "2024-02-26T23:50:03.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/QD5Mmqmjag",
            "expanded_url" : "https://twitter.com/press_desk/status/1759742510286663681",
            "display_url" : "twitter.com/press_desk/stat…",
            "indices" : [
              "31",
              "54"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "8",
      "id_str" : "1762248690995814402",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1762248690995814402",
      "possibly_sensitive" : false,
      "created_at" : "Mon Feb 26 22:50:03 +0000 2024",
      "favorited" : false,
      "full_text" : "Great thread, worth your time. https://t.co/QD5Mmqmjag",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1762232557617938433"
          ],
          "editableUntil" : "2024-02-26T22:45:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WaterIsLife",
            "indices" : [
              "41",
              "53"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Refugee Voices | أصوات اللاجئين",
            "screen_name" : "refugee_voices",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1049600355335102471",
            "id" : "1049600355335102471"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "16",
        "53"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "1758116738622742534",
      "id_str" : "1762232557617938433",
      "in_reply_to_user_id" : "1049600355335102471",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1762232557617938433",
      "in_reply_to_status_id" : "1758116738622742534",
      "created_at" : "Mon Feb 26 21:45:57 +0000 2024",
      "favorited" : false,
      "full_text" : "@refugee_voices Count us in for Saturday #WaterIsLife",
      "lang" : "en",
      "in_reply_to_screen_name" : "refugee_voices",
      "in_reply_to_user_id_str" : "1049600355335102471"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1761664007858667524"
          ],
          "editableUntil" : "2024-02-25T09:06:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "5",
              "19"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "19"
      ],
      "favorite_count" : "7",
      "id_str" : "1761664007858667524",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1761664007858667524",
      "created_at" : "Sun Feb 25 08:06:44 +0000 2024",
      "favorited" : false,
      "full_text" : "🚰 🙌🏽 #CleanWaterNow",
      "lang" : "und"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1761577315585388545"
          ],
          "editableUntil" : "2024-02-25T03:22:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "53",
              "67"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "أمينة حداد",
            "screen_name" : "amina_haddad",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "682894034336473092",
            "id" : "682894034336473092"
          },
          {
            "name" : "Water4All 🚰",
            "screen_name" : "water4all_ngo",
            "indices" : [
              "14",
              "28"
            ],
            "id_str" : "870580749730082820",
            "id" : "870580749730082820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "29",
        "67"
      ],
      "favorite_count" : "17",
      "in_reply_to_status_id_str" : "1761315801763299329",
      "id_str" : "1761577315585388545",
      "in_reply_to_user_id" : "682894034336473092",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1761577315585388545",
      "in_reply_to_status_id" : "1761315801763299329",
      "created_at" : "Sun Feb 25 02:22:15 +0000 2024",
      "favorited" : false,
      "full_text" : "@amina_haddad @water4all_ngo Proud to support this 💧 #CleanWaterNow",
      "lang" : "en",
      "in_reply_to_screen_name" : "amina_haddad",
      "in_reply_to_user_id_str" : "682894034336473092"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1761015623225217030"
          ],
          "editableUntil" : "2024-02-23T14:10:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "112",
              "126"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Δημήτρης Παππάς",
            "screen_name" : "dimitris_pap",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1124282454636900352",
            "id" : "1124282454636900352"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "0",
      "id_str" : "1761015623225217030",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1761015623225217030",
      "created_at" : "Fri Feb 23 13:10:17 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @dimitris_pap: Solar pumps &lt;-&gt; fewer diesel runs &lt;-&gt; lower costs. Simple maths, big difference 🌍 #CleanWaterNow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760990251063664641"
          ],
          "editableUntil" : "2024-02-23T12:29:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "الماء_حياة",
            "indices" : [
              "50",
              "61"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Refugee Voices | أصوات اللاجئين",
            "screen_name" : "refugee_voices",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1049600355335102471",
            "id" : "1049600355335102471"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "1760990251063664641",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1760990251063664641",
      "created_at" : "Fri Feb 23 11:29:28 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @refugee_voices: المياه والصرف الصحي حق للجميع #الماء_حياة",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760722914724732930"
          ],
          "editableUntil" : "2024-02-22T18:47:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Refugee Voices | أصوات اللاجئين",
            "screen_name" : "refugee_voices",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1049600355335102471",
            "id" : "1049600355335102471"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "16",
        "43"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1758011911226191875",
      "id_str" : "1760722914724732930",
      "in_reply_to_user_id" : "1049600355335102471",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1760722914724732930",
      "in_reply_to_status_id" : "1758011911226191875",
      "created_at" : "Thu Feb 22 17:47:10 +0000 2024",
      "favorited" : false,
      "full_text" : "@refugee_voices We'll DM you the details 🙌🏽",
      "lang" : "en",
      "in_reply_to_screen_name" : "refugee_voices",
      "in_reply_to_user_id_str" : "1049600355335102471"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760602663330500609"
          ],
          "editableUntil" : "2024-02-22T10:49:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ВодаДляВсех",
            "indices" : [
              "40",
              "52"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Иван Петров",
            "screen_name" : "ivan_petrov_",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "741600868562460673",
            "id" : "741600868562460673"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "0",
      "id_str" : "1760602663330500609",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1760602663330500609",
      "created_at" : "Thu Feb 22 09:49:20 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @ivan_petrov_: Спасибо волонтёрам 🙌🏽 #ВодаДляВсех",
      "lang" : "ru"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760564682081910784"
          ],
          "editableUntil" : "2024-02-22T08:18:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "EauPourTous",
            "indices" : [
              "25",
              "37"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "נועה לוי",
            "screen_name" : "noa_levi",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1473986744943345666",
            "id" : "1473986744943345666"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "10",
        "37"
      ],
      "favorite_count" : "26",
      "in_reply_to_status_id_str" : "1757393682307670018",
      "id_str" : "1760564682081910784",
      "in_reply_to_user_id" : "1473986744943345666",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1760564682081910784",
      "in_reply_to_status_id" : "1757393682307670018",
      "created_at" : "Thu Feb 22 07:18:24 +0000 2024",
      "favorited" : false,
      "full_text" : "@noa_levi On sera là ! 💧 #EauPourTous",
      "lang" : "fr",
      "in_reply_to_screen_name" : "noa_levi",
      "in_reply_to_user_id_str" : "1473986744943345666"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760359492307705856"
          ],
          "editableUntil" : "2024-02-21T18:43:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "EauPourTous",
            "indices" : [
              "46",
              "58"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/esdFlSZfRR",
            "expanded_url" : "https://twitter.com/hana_kim/status/1749831944299442182",
            "display_url" : "twitter.com/hana_kim/status…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "8",
      "id_str" : "1760359492307705856",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1760359492307705856",
      "possibly_sensitive" : false,
      "created_at" : "Wed Feb 21 17:43:03 +0000 2024",
      "favorited" : false,
      "full_text" : "Exactement ce que nous disons depuis des mois #EauPourTous https://t.co/esdFlSZfRR",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760224514119028737"
          ],
          "editableUntil" : "2024-02-21T09:46:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Climate Coalition",
            "screen_name" : "climate_coalition",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "557477633850793987",
            "id" : "557477633850793987"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "19",
        "49"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1744395865654976518",
      "id_str" : "1760224514119028737",
      "in_reply_to_user_id" : "557477633850793987",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760224514119028737",
      "in_reply_to_status_id" : "1744395865654976518",
      "created_at" : "Wed Feb 21 08:46:42 +0000 2024",
      "favorited" : false,
      "full_text" : "@climate_coalition Yes! The team &lt;3 this idea.",
      "lang" : "en",
      "in_reply_to_user_id_str" : "557477633850793987"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760111071323000835"
          ],
          "editableUntil" : "2024-02-21T02:15:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Water4All 🚰",
            "screen_name" : "water4all_ngo",
            "indices" : [
              "10",
              "24"
            ],
            "id_str" : "870580749730082820",
            "id" : "870580749730082820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "7",
      "id_str" : "1760111071323000835",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1760111071323000835",
      "created_at" : "Wed Feb 21 01:15:55 +0000 2024",
      "favorited" : false,
      "full_text" : "Thank you @water4all_ngo for hosting our team in Nairobi this week 🙏",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1760003761137467395"
          ],
          "editableUntil" : "2024-02-20T19:09:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "प्रिया कुमार",
            "screen_name" : "priya_k",
            "indices" : [
              "7",
              "15"
            ],
            "id_str" : "1491381362491777025",
            "id" : "1491381362491777025"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "7",
      "id_str" : "1760003761137467395",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1760003761137467395",
      "created_at" : "Tue Feb 20 18:09:30 +0000 2024",
      "favorited" : false,
      "full_text" : "Thanks @priya_k for visiting the water point in Batu today 💧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1759230385756250114"
          ],
          "editableUntil" : "2024-02-18T15:56:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WaterIsLife",
            "indices" : [
              "63",
              "75"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "19",
      "in_reply_to_status_id_str" : "1759226640243625985",
      "id_str" : "1759230385756250114",
      "in_reply_to_user_id" : "1105408086639386626",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1759230385756250114",
      "in_reply_to_status_id" : "1759226640243625985",
      "created_at" : "Sun Feb 18 14:56:23 +0000 2024",
      "favorited" : false,
      "full_text" : "3/ From April every update will include both. Feedback welcome #WaterIsLife",
      "lang" : "en",
      "in_reply_to_screen_name" : "unity_relief",
      "in_reply_to_user_id_str" : "1105408086639386626"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1759226640243625985"
          ],
          "editableUntil" : "2024-02-18T15:41:30.000Z",
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
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "22",
      "in_reply_to_status_id_str" : "1759224375320420358",
      "id_str" : "1759226640243625985",
      "in_reply_to_user_id" : "1105408086639386626",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1759226640243625985",
      "in_reply_to_status_id" : "1759224375320420358",
      "created_at" : "Sun Feb 18 14:41:30 +0000 2024",
      "favorited" : false,
      "full_text" : "2/ Litres delivered tells you little. Days without walking for water tells you more.",
      "lang" : "en",
      "in_reply_to_screen_name" : "unity_relief",
      "in_reply_to_user_id_str" : "1105408086639386626"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1759224375320420358"
          ],
          "editableUntil" : "2024-02-18T15:32:30.000Z",
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
      "display_text_range" : [
        "0",
        "42"
      ],
      "favorite_count" : "4",
      "id_str" : "1759224375320420358",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1759224375320420358",
      "created_at" : "Sun Feb 18 14:32:30 +0000 2024",
      "favorited" : false,
      "full_text" : "Why we are changing how we report impact 🧵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1759180293325766663"
          ],
          "editableUntil" : "2024-02-18T12:37:20.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/8wiY2Ok7G3",
            "expanded_url" : "https://eau-solidaire.example.fr/campagne/eau-pour-tous",
            "display_url" : "eau-solidaire.example.fr/ca…",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "15",
      "id_str" : "1759180293325766663",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1759180293325766663",
      "possibly_sensitive" : false,
      "created_at" : "Sun Feb 18 11:37:20 +0000 2024",
      "favorited" : false,
      "full_text" : "Volunteers needed this Saturday in Lyon &amp; Marseille, sign up here: https://t.co/8wiY2Ok7G3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1759161608490647554"
          ],
          "editableUntil" : "2024-02-18T11:23:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Water4All 🚰",
            "screen_name" : "water4all_ngo",
            "indices" : [
              "13",
              "27"
            ],
            "id_str" : "870580749730082820",
            "id" : "870580749730082820"
          },
          {
            "name" : "Climate Coalition",
            "screen_name" : "climate_coalition",
            "indices" : [
              "34",
              "52"
            ],
            "id_str" : "557477633850793987",
            "id" : "557477633850793987"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "11",
      "id_str" : "1759161608490647554",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1759161608490647554",
      "created_at" : "Sun Feb 18 10:23:05 +0000 2024",
      "favorited" : false,
      "full_text" : "Shout-out to @water4all_ngo &amp; @climate_coalition for the joint convoy this morning 🚚💧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1758767940987019267"
          ],
          "editableUntil" : "2024-02-17T09:18:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "ليلى منصور",
            "screen_name" : "layla_mansour",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1121383351711371266",
            "id" : "1121383351711371266"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/m7ZfuWS8q3",
            "expanded_url" : "https://refugee-voices.example.org/stories/the-long-walk",
            "display_url" : "refugee-voices.example.org/…",
            "indices" : [
              "83",
              "106"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "1758767940987019267",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1758767940987019267",
      "possibly_sensitive" : false,
      "created_at" : "Sat Feb 17 08:18:48 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @layla_mansour: قصة أم سلمى: ساعتان كل يوم للوصول إلى الماء. اقرأوا القصة كاملة https://t.co/m7ZfuWS8q3",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1757837326313066500"
          ],
          "editableUntil" : "2024-02-14T19:40:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "21",
              "35"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Water4All 🚰",
            "screen_name" : "water4all_ngo",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "870580749730082820",
            "id" : "870580749730082820"
          },
          {
            "name" : "Unity Relief 🌍",
            "screen_name" : "unity_relief",
            "indices" : [
              "103",
              "116"
            ],
            "id_str" : "1105408086639386626",
            "id" : "1105408086639386626"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "0",
      "id_str" : "1757837326313066500",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1757837326313066500",
      "created_at" : "Wed Feb 14 18:40:52 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @water4all_ngo: 🌍 #CleanWaterNow: one in four people still has no safe drinking water at home. Join @unity_relief and us on Friday.…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1757816417033412611"
          ],
          "editableUntil" : "2024-02-14T18:17:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Water4All 🚰",
            "screen_name" : "water4all_ngo",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "870580749730082820",
            "id" : "870580749730082820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "15",
        "57"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1754521673625866244",
      "id_str" : "1757816417033412611",
      "in_reply_to_user_id" : "870580749730082820",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1757816417033412611",
      "in_reply_to_status_id" : "1754521673625866244",
      "created_at" : "Wed Feb 14 17:17:47 +0000 2024",
      "favorited" : false,
      "full_text" : "@water4all_ngo Great work &amp; thanks for the shout-out!",
      "lang" : "en",
      "in_reply_to_screen_name" : "water4all_ngo",
      "in_reply_to_user_id_str" : "870580749730082820"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1757756108299882500"
          ],
          "editableUntil" : "2024-02-14T14:18:08.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/6U6XWgJ4Xf",
            "expanded_url" : "https://unity-relief.example.org/donate?utm_source=x&utm_campaign=waterislife",
            "display_url" : "unity-relief.example.org/do…",
            "indices" : [
              "84",
              "107"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "9",
      "id_str" : "1757756108299882500",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1757756108299882500",
      "possibly_sensitive" : false,
      "created_at" : "Wed Feb 14 13:18:08 +0000 2024",
      "favorited" : false,
      "full_text" : "Thank you to everyone who gave last month 💙 Together you funded 40 rainwater tanks. https://t.co/6U6XWgJ4Xf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1757450730364919810"
          ],
          "editableUntil" : "2024-02-13T18:04:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yusuf Okonkwo",
            "screen_name" : "yusuf_ok",
            "indices" : [
              "7",
              "16"
            ],
            "id_str" : "1711713184774684676",
            "id" : "1711713184774684676"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "14",
      "id_str" : "1757450730364919810",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1757450730364919810",
      "created_at" : "Tue Feb 13 17:04:40 +0000 2024",
      "favorited" : false,
      "full_text" : "Thanks @yusuf_ok for visiting the water point in Batu today 💧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1757159071162728455"
          ],
          "editableUntil" : "2024-02-12T22:45:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WaterIsLife",
            "indices" : [
              "67",
              "79"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "김하나",
            "screen_name" : "hana_kim",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "1725846311532179458",
            "id" : "1725846311532179458"
          },
          {
            "name" : "Water4All 🚰",
            "screen_name" : "water4all_ngo",
            "indices" : [
              "52",
              "66"
            ],
            "id_str" : "870580749730082820",
            "id" : "870580749730082820"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/wJF8ikeNxu",
            "expanded_url" : "https://water4all.example.net/reports/state-of-wells-2024",
            "display_url" : "water4all.example.net/repor…",
            "indices" : [
              "80",
              "103"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "0",
      "id_str" : "1757159071162728455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1757159071162728455",
      "possibly_sensitive" : false,
      "created_at" : "Mon Feb 12 21:45:43 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @hana_kim: Still thinking about that report from @water4all_ngo #WaterIsLife https://t.co/wJF8ikeNxu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1756978988361256965"
          ],
          "editableUntil" : "2024-02-12T10:50:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "113",
              "127"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Water4All 🚰",
            "screen_name" : "water4all_ngo",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "870580749730082820",
            "id" : "870580749730082820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "1756978988361256965",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1756978988361256965",
      "created_at" : "Mon Feb 12 09:50:08 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @water4all_ngo: Solar pumps &lt;-&gt; fewer diesel runs &lt;-&gt; lower costs. Simple maths, big difference 🌍 #CleanWaterNow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1756346880989122562"
          ],
          "editableUntil" : "2024-02-10T16:58:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "76",
              "90"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mara Lindqvist · Press Desk",
            "screen_name" : "press_desk",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "48213975",
            "id" : "48213975"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1756346880989122562",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1756346880989122562",
      "created_at" : "Sat Feb 10 15:58:22 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @press_desk: Our street raised £412 for new taps at the village school 💧 #CleanWaterNow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1755541884757446660"
          ],
          "editableUntil" : "2024-02-08T11:39:36.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/OaXOZzg1Jc",
            "expanded_url" : "https://twitter.com/water4all_ngo/status/1755141802018177030",
            "display_url" : "twitter.com/water4all_ngo/s…",
            "indices" : [
              "31",
              "54"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "13",
      "id_str" : "1755541884757446660",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1755541884757446660",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 08 10:39:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Great thread, worth your time. https://t.co/OaXOZzg1Jc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1755518075913396224"
          ],
          "editableUntil" : "2024-02-08T10:04:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "2",
              "16"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/8ge0HedefP",
            "expanded_url" : "https://twitter.com/water4all_ngo/status/1754521673625866244",
            "display_url" : "twitter.com/water4all_ngo/s…",
            "indices" : [
              "17",
              "40"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "39",
      "id_str" : "1755518075913396224",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1755518075913396224",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 08 09:04:59 +0000 2024",
      "favorited" : false,
      "full_text" : "😍 #CleanWaterNow https://t.co/8ge0HedefP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1754588786385145859"
          ],
          "editableUntil" : "2024-02-05T20:32:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "김하나",
            "screen_name" : "hana_kim",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "1725846311532179458",
            "id" : "1725846311532179458"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "10",
        "30"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1754499883195432961",
      "id_str" : "1754588786385145859",
      "in_reply_to_user_id" : "1725846311532179458",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1754588786385145859",
      "in_reply_to_status_id" : "1754499883195432961",
      "created_at" : "Mon Feb 05 19:32:20 +0000 2024",
      "favorited" : false,
      "full_text" : "@hana_kim Thank you so much! 💧",
      "lang" : "en",
      "in_reply_to_screen_name" : "hana_kim",
      "in_reply_to_user_id_str" : "1725846311532179458"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1754533701373267969"
          ],
          "editableUntil" : "2024-02-05T16:53:26.000Z",
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
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "11",
      "id_str" : "1754533701373267969",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1754533701373267969",
      "created_at" : "Mon Feb 05 15:53:26 +0000 2024",
      "favorited" : false,
      "full_text" : "Office closed on Monday for the public holiday. Field teams keep working as usual.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1754529563584405510"
          ],
          "editableUntil" : "2024-02-05T16:37:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "EauPourTous",
            "indices" : [
              "66",
              "78"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "11",
      "id_str" : "1754529563584405510",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1754529563584405510",
      "created_at" : "Mon Feb 05 15:37:00 +0000 2024",
      "favorited" : false,
      "full_text" : "🌍 Marche pour l’eau : rendez-vous dimanche place du Marché à 15 h #EauPourTous",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1754215389151318020"
          ],
          "editableUntil" : "2024-02-04T19:48:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "2",
              "16"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Refugee Voices | أصوات اللاجئين",
            "screen_name" : "refugee_voices",
            "indices" : [
              "84",
              "99"
            ],
            "id_str" : "1049600355335102471",
            "id" : "1049600355335102471"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/kbylEeFAql",
            "expanded_url" : "https://refugee-voices.example.org/stories/the-long-walk",
            "display_url" : "refugee-voices.example.org/…",
            "indices" : [
              "118",
              "141"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "13",
      "id_str" : "1754215389151318020",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1754215389151318020",
      "possibly_sensitive" : false,
      "created_at" : "Sun Feb 04 18:48:35 +0000 2024",
      "favorited" : false,
      "full_text" : "🌍 #CleanWaterNow: one in four people still has no safe drinking water at home. Join @refugee_voices and us on Friday. https://t.co/kbylEeFAql",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1754210757035814915"
          ],
          "editableUntil" : "2024-02-04T19:30:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Climate Coalition",
            "screen_name" : "climate_coalition",
            "indices" : [
              "13",
              "31"
            ],
            "id_str" : "557477633850793987",
            "id" : "557477633850793987"
          },
          {
            "name" : "Refugee Voices | أصوات اللاجئين",
            "screen_name" : "refugee_voices",
            "indices" : [
              "38",
              "53"
            ],
            "id_str" : "1049600355335102471",
            "id" : "1049600355335102471"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "26",
      "id_str" : "1754210757035814915",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1754210757035814915",
      "created_at" : "Sun Feb 04 18:30:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Shout-out to @climate_coalition &amp; @refugee_voices for the joint convoy this morning 🚚💧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1754160834690650116"
          ],
          "editableUntil" : "2024-02-04T16:11:48.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/GvrAtUGgqZ",
            "expanded_url" : "https://unity-relief.example.org/jobs/field-engineer-2024",
            "display_url" : "unity-relief.example.org/jo…",
            "indices" : [
              "25",
              "48"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "22",
      "id_str" : "1754160834690650116",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1754160834690650116",
      "possibly_sensitive" : false,
      "created_at" : "Sun Feb 04 15:11:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Ищем волонтёров на лето: https://t.co/GvrAtUGgqZ",
      "lang" : "ru"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1753689529933217792"
          ],
          "editableUntil" : "2024-02-03T08:59:00.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/OZ5VQBAvNu",
            "expanded_url" : "https://eau-solidaire.example.fr/campagne/eau-pour-tous",
            "display_url" : "eau-solidaire.example.fr/ca…",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "54",
      "id_str" : "1753689529933217792",
      "truncated" : false,
      "retweet_count" : "17",
      "id" : "1753689529933217792",
      "possibly_sensitive" : false,
      "created_at" : "Sat Feb 03 07:59:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Volunteers needed this Saturday in Lyon &amp; Marseille, sign up here: https://t.co/OZ5VQBAvNu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1753469495551176705"
          ],
          "editableUntil" : "2024-02-02T18:24:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "प्रिया कुमार",
            "screen_name" : "priya_k",
            "indices" : [
              "3",
              "11"
            ],
            "id_str" : "1491381362491777025",
            "id" : "1491381362491777025"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "1753469495551176705",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1753469495551176705",
      "created_at" : "Fri Feb 02 17:24:40 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @priya_k: Great panel tonight, thanks to everyone who came &lt;3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1753391828066713604"
          ],
          "editableUntil" : "2024-02-02T13:16:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WaterIsLife",
            "indices" : [
              "7",
              "19"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/4d3XEk9Kbi",
            "expanded_url" : "https://twitter.com/refugee_voices/status/1744380241866829824",
            "display_url" : "twitter.com/refugee_voices/…",
            "indices" : [
              "20",
              "43"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "5",
      "id_str" : "1753391828066713604",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1753391828066713604",
      "possibly_sensitive" : false,
      "created_at" : "Fri Feb 02 12:16:02 +0000 2024",
      "favorited" : false,
      "full_text" : "This 👇 #WaterIsLife https://t.co/4d3XEk9Kbi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1753383846711644163"
          ],
          "editableUntil" : "2024-02-02T12:44:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "EauPourTous",
            "indices" : [
              "79",
              "91"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fatou Diallo",
            "screen_name" : "fatou_d",
            "indices" : [
              "3",
              "11"
            ],
            "id_str" : "1478335399328518149",
            "id" : "1478335399328518149"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1753383846711644163",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1753383846711644163",
      "created_at" : "Fri Feb 02 11:44:20 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @fatou_d: 🌍 Marche pour l’eau : rendez-vous dimanche place du Marché à 15 h #EauPourTous",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1753365292652900359"
          ],
          "editableUntil" : "2024-02-02T11:30:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "EauPourTous",
            "indices" : [
              "24",
              "36"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Fatou Diallo",
            "screen_name" : "fatou_d",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "1478335399328518149",
            "id" : "1478335399328518149"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "9",
        "36"
      ],
      "favorite_count" : "68",
      "in_reply_to_status_id_str" : "1750961580815360001",
      "id_str" : "1753365292652900359",
      "in_reply_to_user_id" : "1478335399328518149",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1753365292652900359",
      "in_reply_to_status_id" : "1750961580815360001",
      "created_at" : "Fri Feb 02 10:30:36 +0000 2024",
      "favorited" : false,
      "full_text" : "@fatou_d On sera là ! 💧 #EauPourTous",
      "lang" : "fr",
      "in_reply_to_screen_name" : "fatou_d",
      "in_reply_to_user_id_str" : "1478335399328518149"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1753102137651433478"
          ],
          "editableUntil" : "2024-02-01T18:04:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WATERISLIFE",
            "indices" : [
              "94",
              "106"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Climate Coalition",
            "screen_name" : "climate_coalition",
            "indices" : [
              "3",
              "21"
            ],
            "id_str" : "557477633850793987",
            "id" : "557477633850793987"
          },
          {
            "name" : "ليلى منصور",
            "screen_name" : "layla_mansour",
            "indices" : [
              "77",
              "91"
            ],
            "id_str" : "1121383351711371266",
            "id" : "1121383351711371266"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "0",
      "id_str" : "1753102137651433478",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1753102137651433478",
      "created_at" : "Thu Feb 01 17:04:55 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @climate_coalition: Tomorrow 14:00 UTC: live Q&amp;A with our hydrologist @layla_mansour 💧 #WATERISLIFE",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1752741708783960064"
          ],
          "editableUntil" : "2024-01-31T18:12:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WaterIsLife",
            "indices" : [
              "98",
              "110"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/M5n1LjmfQd",
            "expanded_url" : "https://unity-relief.example.org/water?utm_source=x",
            "display_url" : "unity-relief.example.org/wa…",
            "indices" : [
              "111",
              "134"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "16",
      "id_str" : "1752741708783960064",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1752741708783960064",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jan 31 17:12:42 +0000 2024",
      "favorited" : false,
      "full_text" : "Every drop counts 💧 Our field teams delivered 12,000 litres of safe water in the north this week. #WaterIsLife https://t.co/M5n1LjmfQd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1752728380171804674"
          ],
          "editableUntil" : "2024-01-31T17:19:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "99",
              "113"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/JbHQob6eYd",
            "expanded_url" : "https://water4all.example.net/reports/state-of-wells-2024",
            "display_url" : "water4all.example.net/repor…",
            "indices" : [
              "75",
              "98"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "17",
      "id_str" : "1752728380171804674",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1752728380171804674",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jan 31 16:19:44 +0000 2024",
      "favorited" : false,
      "full_text" : "New data: wells &gt; promises. What changed in 2023, district by district: https://t.co/JbHQob6eYd #CleanWaterNow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1752690152504995845"
          ],
          "editableUntil" : "2024-01-31T14:47:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mara Lindqvist · Press Desk",
            "screen_name" : "press_desk",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "48213975",
            "id" : "48213975"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "0",
      "id_str" : "1752690152504995845",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1752690152504995845",
      "created_at" : "Wed Jan 31 13:47:50 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @press_desk: Reading list for the weekend: two books on drought &amp; one on cities 📚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1752589345580453893"
          ],
          "editableUntil" : "2024-01-31T08:07:16.000Z",
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
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "129",
      "id_str" : "1752589345580453893",
      "truncated" : false,
      "retweet_count" : "35",
      "id" : "1752589345580453893",
      "created_at" : "Wed Jan 31 07:07:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Gracias a todas las personas que vinieron ayer 🙌🏽",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1752307749237555203"
          ],
          "editableUntil" : "2024-01-30T13:28:18.000Z",
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
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "19",
      "id_str" : "1752307749237555203",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1752307749237555203",
      "created_at" : "Tue Jan 30 12:28:18 +0000 2024",
      "favorited" : false,
      "full_text" : "Quiet week on the timeline, busy week in the field. Photos soon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1752282109773922307"
          ],
          "editableUntil" : "2024-01-30T11:46:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "الماء_حياة",
            "indices" : [
              "76",
              "87"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Refugee Voices | أصوات اللاجئين",
            "screen_name" : "refugee_voices",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1049600355335102471",
            "id" : "1049600355335102471"
          },
          {
            "name" : "Eau Solidaire 💧",
            "screen_name" : "eau_solidaire",
            "indices" : [
              "88",
              "102"
            ],
            "id_str" : "1232606227464015878",
            "id" : "1232606227464015878"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1752282109773922307",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1752282109773922307",
      "created_at" : "Tue Jan 30 10:46:25 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @refugee_voices: 🌍 وزعنا اليوم خمسة آلاف لتر من المياه النظيفة في المخيم #الماء_حياة @eau_solidaire",
      "lang" : "ar"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1751928704701030400"
          ],
          "editableUntil" : "2024-01-29T12:22:07.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/5dDqKnfKdD",
            "expanded_url" : "https://twitter.com/amina_haddad/status/1748092364728803334",
            "display_url" : "twitter.com/amina_haddad/st…",
            "indices" : [
              "9",
              "32"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "32"
      ],
      "favorite_count" : "17",
      "id_str" : "1751928704701030400",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1751928704701030400",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jan 29 11:22:07 +0000 2024",
      "favorited" : false,
      "full_text" : "À lire 👇 https://t.co/5dDqKnfKdD",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1751624476097953793"
          ],
          "editableUntil" : "2024-01-28T16:13:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "김하나",
            "screen_name" : "hana_kim",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "1725846311532179458",
            "id" : "1725846311532179458"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "0",
      "id_str" : "1751624476097953793",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1751624476097953793",
      "created_at" : "Sun Jan 28 15:13:13 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @hana_kim: Three hours in the rain at the food bank today. Worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1751231369745272838"
          ],
          "editableUntil" : "2024-01-27T14:11:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ВодаДляВсех",
            "indices" : [
              "8",
              "20"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/yWMToB9lLI",
            "expanded_url" : "https://twitter.com/hana_kim/status/1749831944299442182",
            "display_url" : "twitter.com/hana_kim/status…",
            "indices" : [
              "21",
              "44"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "35",
      "id_str" : "1751231369745272838",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1751231369745272838",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jan 27 13:11:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Важно 👇 #ВодаДляВсех https://t.co/yWMToB9lLI",
      "lang" : "ru"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1751111770522288131"
          ],
          "editableUntil" : "2024-01-27T06:15:54.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/r0SQLUmbpR",
            "expanded_url" : "https://unity-relief.example.org/donate?utm_source=x&utm_campaign=waterislife",
            "display_url" : "unity-relief.example.org/do…",
            "indices" : [
              "84",
              "107"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "2",
      "id_str" : "1751111770522288131",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1751111770522288131",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jan 27 05:15:54 +0000 2024",
      "favorited" : false,
      "full_text" : "Thank you to everyone who gave last month 💙 Together you funded 40 rainwater tanks. https://t.co/r0SQLUmbpR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1750581488794058754"
          ],
          "editableUntil" : "2024-01-25T19:08:45.000Z",
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
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "9",
      "id_str" : "1750581488794058754",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1750581488794058754",
      "created_at" : "Thu Jan 25 18:08:45 +0000 2024",
      "favorited" : false,
      "full_text" : "Storm update: shelters in the eastern district are open tonight, hot meals &amp; blankets available.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1750075396927488006"
          ],
          "editableUntil" : "2024-01-24T09:37:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "99",
              "113"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/CL91rdwIsr",
            "expanded_url" : "https://water4all.example.net/reports/state-of-wells-2024",
            "display_url" : "water4all.example.net/repor…",
            "indices" : [
              "75",
              "98"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "15",
      "id_str" : "1750075396927488006",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1750075396927488006",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jan 24 08:37:44 +0000 2024",
      "favorited" : false,
      "full_text" : "New data: wells &gt; promises. What changed in 2023, district by district: https://t.co/CL91rdwIsr #CleanWaterNow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1750039514913976325"
          ],
          "editableUntil" : "2024-01-24T07:15:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://tweetdeck.twitter.com\" rel=\"nofollow\">TweetDeck Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Climate Coalition",
            "screen_name" : "climate_coalition",
            "indices" : [
              "7",
              "25"
            ],
            "id_str" : "557477633850793987",
            "id" : "557477633850793987"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "16",
      "id_str" : "1750039514913976325",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1750039514913976325",
      "created_at" : "Wed Jan 24 06:15:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Thanks @climate_coalition for visiting the water point in Batu today 💧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1749722306995429379"
          ],
          "editableUntil" : "2024-01-23T10:14:40.000Z",
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
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "12",
      "id_str" : "1749722306995429379",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1749722306995429379",
      "created_at" : "Tue Jan 23 09:14:40 +0000 2024",
      "favorited" : false,
      "full_text" : "Office closed on Monday for the public holiday. Field teams keep working as usual.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1748721837192753153"
          ],
          "editableUntil" : "2024-01-20T15:59:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AguaParaTodos",
            "indices" : [
              "17",
              "31"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/R1w2NrHd0W",
            "expanded_url" : "https://twitter.com/climate_coalition/status/1744395865654976518",
            "display_url" : "twitter.com/climate_coaliti…",
            "indices" : [
              "32",
              "55"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "55"
      ],
      "favorite_count" : "6",
      "id_str" : "1748721837192753153",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1748721837192753153",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jan 20 14:59:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Muy importante 👇 #AguaParaTodos https://t.co/R1w2NrHd0W",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1748642085370478592"
          ],
          "editableUntil" : "2024-01-20T10:42:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "79",
              "93"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/3KckkUFXj9",
            "expanded_url" : "https://water4all.example.net/reports/state-of-wells-2024",
            "display_url" : "water4all.example.net/repor…",
            "indices" : [
              "55",
              "78"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "26",
      "in_reply_to_status_id_str" : "1748641082931478529",
      "id_str" : "1748642085370478592",
      "in_reply_to_user_id" : "1105408086639386626",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1748642085370478592",
      "in_reply_to_status_id" : "1748641082931478529",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jan 20 09:42:16 +0000 2024",
      "favorited" : false,
      "full_text" : "4/ Cost per person per year: under $2. Full breakdown: https://t.co/3KckkUFXj9 #CleanWaterNow",
      "lang" : "en",
      "in_reply_to_screen_name" : "unity_relief",
      "in_reply_to_user_id_str" : "1105408086639386626"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1748641082931478529"
          ],
          "editableUntil" : "2024-01-20T10:38:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Water4All 🚰",
            "screen_name" : "water4all_ngo",
            "indices" : [
              "34",
              "48"
            ],
            "id_str" : "870580749730082820",
            "id" : "870580749730082820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1748638646044237828",
      "id_str" : "1748641082931478529",
      "in_reply_to_user_id" : "1105408086639386626",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1748641082931478529",
      "in_reply_to_status_id" : "1748638646044237828",
      "created_at" : "Sat Jan 20 09:38:17 +0000 2024",
      "favorited" : false,
      "full_text" : "3/ A village committee trained by @water4all_ngo handles repairs &amp; the small user fee.",
      "lang" : "en",
      "in_reply_to_screen_name" : "unity_relief",
      "in_reply_to_user_id_str" : "1105408086639386626"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1748638646044237828"
          ],
          "editableUntil" : "2024-01-20T10:28:36.000Z",
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
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1748636456616611842",
      "id_str" : "1748638646044237828",
      "in_reply_to_user_id" : "1105408086639386626",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1748638646044237828",
      "in_reply_to_status_id" : "1748636456616611842",
      "created_at" : "Sat Jan 20 09:28:36 +0000 2024",
      "favorited" : false,
      "full_text" : "2/ The borehole is 80 m deep and runs on a solar pump ☀️ No fuel, no generator noise.",
      "lang" : "en",
      "in_reply_to_screen_name" : "unity_relief",
      "in_reply_to_user_id_str" : "1105408086639386626"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1748636456616611842"
          ],
          "editableUntil" : "2024-01-20T10:19:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WaterIsLife",
            "indices" : [
              "55",
              "67"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "4",
      "id_str" : "1748636456616611842",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1748636456616611842",
      "created_at" : "Sat Jan 20 09:19:54 +0000 2024",
      "favorited" : false,
      "full_text" : "A short thread on how one borehole changes a village 🧵 #WaterIsLife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1747577562696884227"
          ],
          "editableUntil" : "2024-01-17T12:12:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "EauPourTous",
            "indices" : [
              "80",
              "92"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Jean-Baptiste Morel",
            "screen_name" : "jb_morel",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "1036222203296567299",
            "id" : "1036222203296567299"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1747577562696884227",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1747577562696884227",
      "created_at" : "Wed Jan 17 11:12:14 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @jb_morel: 🌍 Marche pour l’eau : rendez-vous dimanche place du Marché à 15 h #EauPourTous",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1747402191059451910"
          ],
          "editableUntil" : "2024-01-17T00:35:22.000Z",
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
      "display_text_range" : [
        "0",
        "44"
      ],
      "favorite_count" : "9",
      "id_str" : "1747402191059451910",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1747402191059451910",
      "created_at" : "Tue Jan 16 23:35:22 +0000 2024",
      "favorited" : false,
      "full_text" : "Merci à la mairie pour le prêt de la salle 🙏",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1746546906022486022"
          ],
          "editableUntil" : "2024-01-14T15:56:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AguaParaTodos",
            "indices" : [
              "54",
              "68"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/ZPPbkti2Dd",
            "expanded_url" : "https://refugee-voices.example.org/stories/the-long-walk",
            "display_url" : "refugee-voices.example.org/…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "5",
      "id_str" : "1746546906022486022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1746546906022486022",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jan 14 14:56:46 +0000 2024",
      "favorited" : false,
      "full_text" : "El agua limpia cambia la vida de una comunidad entera #AguaParaTodos https://t.co/ZPPbkti2Dd",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1746105606606970883"
          ],
          "editableUntil" : "2024-01-13T10:43:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Water4All 🚰",
            "screen_name" : "water4all_ngo",
            "indices" : [
              "13",
              "27"
            ],
            "id_str" : "870580749730082820",
            "id" : "870580749730082820"
          },
          {
            "name" : "Climate Coalition",
            "screen_name" : "climate_coalition",
            "indices" : [
              "34",
              "52"
            ],
            "id_str" : "557477633850793987",
            "id" : "557477633850793987"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "51",
      "id_str" : "1746105606606970883",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1746105606606970883",
      "created_at" : "Sat Jan 13 09:43:12 +0000 2024",
      "favorited" : false,
      "full_text" : "Shout-out to @water4all_ngo &amp; @climate_coalition for the joint convoy this morning 🚚💧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1745865336401764352"
          ],
          "editableUntil" : "2024-01-12T18:48:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Refugee Voices | أصوات اللاجئين",
            "screen_name" : "refugee_voices",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1049600355335102471",
            "id" : "1049600355335102471"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1745865336401764352",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1745865336401764352",
      "created_at" : "Fri Jan 12 17:48:27 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @refugee_voices: Office closed on Monday for the public holiday. Field teams keep working as usual.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1745515844304031747"
          ],
          "editableUntil" : "2024-01-11T19:39:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "WaterIsLife",
            "indices" : [
              "98",
              "110"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "田中健二",
            "screen_name" : "kenji_t",
            "indices" : [
              "27",
              "35"
            ],
            "id_str" : "489378914105946117",
            "id" : "489378914105946117"
          },
          {
            "name" : "Carlos Ruiz-Vega",
            "screen_name" : "carlos_rv",
            "indices" : [
              "40",
              "50"
            ],
            "id_str" : "900689141562343425",
            "id" : "900689141562343425"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "9",
      "id_str" : "1745515844304031747",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1745515844304031747",
      "created_at" : "Thu Jan 11 18:39:42 +0000 2024",
      "favorited" : false,
      "full_text" : "We &lt;3 our volunteers 🙌🏽 @kenji_t and @carlos_rv, thank you for three weekends of pump repairs! #WaterIsLife",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1744285189739315203"
          ],
          "editableUntil" : "2024-01-08T10:09:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CleanWaterNow",
            "indices" : [
              "2",
              "16"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eau Solidaire 💧",
            "screen_name" : "eau_solidaire",
            "indices" : [
              "84",
              "98"
            ],
            "id_str" : "1232606227464015878",
            "id" : "1232606227464015878"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/GYZ8cc9MwF",
            "expanded_url" : "https://example.org/w",
            "display_url" : "example.org/w",
            "indices" : [
              "117",
              "140"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "71",
      "id_str" : "1744285189739315203",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1744285189739315203",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jan 08 09:09:31 +0000 2024",
      "favorited" : false,
      "full_text" : "🌍 #CleanWaterNow: one in four people still has no safe drinking water at home. Join @eau_solidaire and us on Friday. https://t.co/GYZ8cc9MwF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1744162514434961409"
          ],
          "editableUntil" : "2024-01-08T02:02:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Refugee Voices | أصوات اللاجئين",
            "screen_name" : "refugee_voices",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1049600355335102471",
            "id" : "1049600355335102471"
          },
          {
            "name" : "Eau Solidaire 💧",
            "screen_name" : "eau_solidaire",
            "indices" : [
              "16",
              "30"
            ],
            "id_str" : "1232606227464015878",
            "id" : "1232606227464015878"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "31",
        "45"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1743274136229670914",
      "id_str" : "1744162514434961409",
      "in_reply_to_user_id" : "1049600355335102471",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1744162514434961409",
      "in_reply_to_status_id" : "1743274136229670914",
      "created_at" : "Mon Jan 08 01:02:03 +0000 2024",
      "favorited" : false,
      "full_text" : "@refugee_voices @eau_solidaire شكراً جزيلاً 💧",
      "lang" : "ar",
      "in_reply_to_screen_name" : "refugee_voices",
      "in_reply_to_user_id_str" : "1049600355335102471"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1744096002376572929"
          ],
          "editableUntil" : "2024-01-07T21:37:45.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/HhryLTXw31",
            "expanded_url" : "https://eau-solidaire.example.fr/campagne/eau-pour-tous",
            "display_url" : "eau-solidaire.example.fr/ca…",
            "indices" : [
              "71",
              "94"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "49",
      "id_str" : "1744096002376572929",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "1744096002376572929",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jan 07 20:37:45 +0000 2024",
      "favorited" : false,
      "full_text" : "Volunteers needed this Saturday in Lyon &amp; Marseille, sign up here: https://t.co/HhryLTXw31",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1743964489632944129"
          ],
          "editableUntil" : "2024-01-07T12:55:10.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/qpiKyN0BNx",
            "expanded_url" : "https://example.org/w",
            "display_url" : "example.org/w",
            "indices" : [
              "80",
              "103"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "62",
      "id_str" : "1743964489632944129",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1743964489632944129",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jan 07 11:55:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Our quarterly finance note is out: 84p of every £1 goes straight to programmes. https://t.co/qpiKyN0BNx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1743951483455041543"
          ],
          "editableUntil" : "2024-01-07T12:03:29.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/rg9M8Y7AUr",
            "expanded_url" : "https://twitter.com/eau_solidaire/status/1742578904220176385",
            "display_url" : "twitter.com/eau_solidaire/s…",
            "indices" : [
              "51",
              "74"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "25",
      "id_str" : "1743951483455041543",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1743951483455041543",
      "possibly_sensitive" : false,
      "created_at" : "Sun Jan 07 11:03:29 +0000 2024",
      "favorited" : false,
      "full_text" : "Exactly why we do this work &amp; why we need you. https://t.co/rg9M8Y7AUr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1743866193501229063"
          ],
          "editableUntil" : "2024-01-07T06:24:34.000Z",
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
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "7",
      "id_str" : "1743866193501229063",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1743866193501229063",
      "created_at" : "Sun Jan 07 05:24:34 +0000 2024",
      "favorited" : false,
      "full_text" : "Gracias a todas las personas que vinieron ayer 🙌🏽",
      "lang" : "es"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1743575438366199813"
          ],
          "editableUntil" : "2024-01-06T11:09:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "EauPourTous",
            "indices" : [
              "46",
              "58"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Ep8J7x4ZEZ",
            "expanded_url" : "https://twitter.com/jb_morel/status/1743484659914518528",
            "display_url" : "twitter.com/jb_morel/status…",
            "indices" : [
              "59",
              "82"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "7",
      "id_str" : "1743575438366199813",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1743575438366199813",
      "possibly_sensitive" : false,
      "created_at" : "Sat Jan 06 10:09:13 +0000 2024",
      "favorited" : false,
      "full_text" : "Exactement ce que nous disons depuis des mois #EauPourTous https://t.co/Ep8J7x4ZEZ",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1742965324278886402"
          ],
          "editableUntil" : "2024-01-04T18:44:50.000Z",
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
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "3",
      "id_str" : "1742965324278886402",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1742965324278886402",
      "created_at" : "Thu Jan 04 17:44:50 +0000 2024",
      "favorited" : false,
      "full_text" : "Quiet week on the timeline, busy week in the field. Photos soon.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1742938938986213382"
          ],
          "editableUntil" : "2024-01-04T16:59:59.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/RCiiE2eOiS",
            "expanded_url" : "https://unity-relief.example.org/jobs/field-engineer-2024",
            "display_url" : "unity-relief.example.org/jo…",
            "indices" : [
              "14",
              "37"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "17",
      "id_str" : "1742938938986213382",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1742938938986213382",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jan 04 15:59:59 +0000 2024",
      "favorited" : false,
      "full_text" : "本周六志愿者培训，欢迎参加！https://t.co/RCiiE2eOiS",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1742884932802273282"
          ],
          "editableUntil" : "2024-01-04T13:25:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "EauPourTous",
            "indices" : [
              "74",
              "86"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eau Solidaire 💧",
            "screen_name" : "eau_solidaire",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1232606227464015878",
            "id" : "1232606227464015878"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/vPxwpg6xKs",
            "expanded_url" : "https://eau-solidaire.example.fr/campagne/eau-pour-tous",
            "display_url" : "eau-solidaire.example.fr/ca…",
            "indices" : [
              "87",
              "110"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "0",
      "id_str" : "1742884932802273282",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1742884932802273282",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jan 04 12:25:23 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @eau_solidaire: Chaque goutte compte 💧 Merci à nos bénévoles de Lyon ! #EauPourTous https://t.co/vPxwpg6xKs",
      "lang" : "fr"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1742842666722426886"
          ],
          "editableUntil" : "2024-01-04T10:37:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "清洁水",
            "indices" : [
              "32",
              "36"
            ]
          },
          {
            "text" : "WaterIsLife",
            "indices" : [
              "37",
              "49"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Water4All 🚰",
            "screen_name" : "water4all_ngo",
            "indices" : [
              "8",
              "22"
            ],
            "id_str" : "870580749730082820",
            "id" : "870580749730082820"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "25",
      "id_str" : "1742842666722426886",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1742842666722426886",
      "created_at" : "Thu Jan 04 09:37:26 +0000 2024",
      "favorited" : false,
      "full_text" : "🌍 今天我们和 @water4all_ngo 一起修好了两口井 #清洁水 #WaterIsLife",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1742599541221650435"
          ],
          "editableUntil" : "2024-01-03T18:31:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eau Solidaire 💧",
            "screen_name" : "eau_solidaire",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1232606227464015878",
            "id" : "1232606227464015878"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "15",
        "42"
      ],
      "favorite_count" : "39",
      "in_reply_to_status_id_str" : "1742578904220176385",
      "id_str" : "1742599541221650435",
      "in_reply_to_user_id" : "1232606227464015878",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "1742599541221650435",
      "in_reply_to_status_id" : "1742578904220176385",
      "created_at" : "Wed Jan 03 17:31:21 +0000 2024",
      "favorited" : false,
      "full_text" : "@eau_solidaire We'll DM you the details 🙌🏽",
      "lang" : "en",
      "in_reply_to_user_id_str" : "1232606227464015878"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1742153754559799303"
          ],
          "editableUntil" : "2024-01-02T12:59:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Eau Solidaire 💧",
            "screen_name" : "eau_solidaire",
            "indices" : [
              "7",
              "21"
            ],
            "id_str" : "1232606227464015878",
            "id" : "1232606227464015878"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "47",
      "id_str" : "1742153754559799303",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1742153754559799303",
      "created_at" : "Tue Jan 02 11:59:57 +0000 2024",
      "favorited" : false,
      "full_text" : "Thanks @eau_solidaire for visiting the water point in Batu today 💧",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1741911692188610560"
          ],
          "editableUntil" : "2024-01-01T20:58:05.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/yw7YhwSEtF",
            "expanded_url" : "https://unity-relief.example.org/donate?utm_source=x&utm_campaign=waterislife",
            "display_url" : "unity-relief.example.org/do…",
            "indices" : [
              "64",
              "87"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "5",
      "id_str" : "1741911692188610560",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1741911692188610560",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jan 01 19:58:05 +0000 2024",
      "favorited" : false,
      "full_text" : "Collecte de fonds : objectif atteint à 80 %, encore un effort ! https://t.co/yw7YhwSEtF",
      "lang" : "fr"
    }
  }
]