window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "social@unity-relief.example.org",
      "createdVia" : "web",
      "username" : "unity_relief",
      "accountId" : "1105408086639386626",
      "createdAt" : "2019-03-12T09:30:00.000Z",
      "accountDisplayName" : "Unity Relief 🌍"
    }
  }
]