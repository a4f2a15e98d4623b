// What `atk provision --env dev` creates in the chosen resource group: the bot on Azure App Service (Linux, Node 24),
// its identity, the storage account whose table every instance shares, and the Azure Bot with the Teams channel.
// Settings reach the app as app settings only; the storage key is read here at deployment and never written to a file.

@minLength(4)
@maxLength(12)
@description('Makes resource names unique: lowercase letters and digits')
param resourceSuffix string

@description('App Service plan size; B1 for a trial, P0v3 or larger to scale out')
param webAppSku string = 'B1'

@minValue(1)
@description('How many instances run the bot; more than one needs STORAGE=azure, which this template sets')
param instanceCount int = 1

@secure()
@description('Key of the hash that stands for a user in feedback records: a long random secret, set once')
param feedbackSalt string

@description('Comma-separated Entra tenant ids allowed to use the bot; empty: every tenant')
param allowedTenantIds string = ''

param location string = resourceGroup().location

var baseName = 'cspcommsbot${resourceSuffix}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: baseName
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(baseName, 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: baseName
  location: location
  kind: 'linux'
  sku: { name: webAppSku, capacity: instanceCount }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: baseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      // App Service takes an instance out of the load balancer while this answers 503 (store down, shutting down).
      healthCheckPath: '/readyz'
      appSettings: [
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        { name: 'HOST', value: '0.0.0.0' }
        { name: 'STORAGE', value: 'azure' }
        {
          name: 'AZURE_STORAGE_CONNECTION_STRING'
          value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
        }
        { name: 'AZURE_STORAGE_NAME', value: 'cspcommsbot' }
        { name: 'FEEDBACK_SALT', value: feedbackSalt }
        { name: 'ALLOWED_TENANT_IDS', value: allowedTenantIds }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: baseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'CSP Comms Bot'
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: { channelName: 'MsTeamsChannel' }
}

// Persisted in env/.env.dev by the toolkit (https://aka.ms/teamsfx-actions/arm-deploy).
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
